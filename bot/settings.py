from index.settings import PROJECT_ROOT, Settings

__all__ = ["PROJECT_ROOT", "Settings"]
