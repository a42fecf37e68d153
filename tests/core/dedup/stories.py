"""Made-up wire stories for the dedup tests (written for these tests; not real news)."""
# ruff: noqa: E501  (Chinese and Japanese paragraphs are single lines)

from __future__ import annotations

FERRY_TITLE = "Island ferry line to open next spring"
FERRY = """The harbour authority of Port Mellin said on Tuesday that its long delayed ferry line to the \
outer islands will open next spring, after two years of arguments over who should pay for a new pier.

The service will use two rebuilt boats that can carry up to nine hundred passengers and forty cars a \
day, the authority's director, Hanna Vesk, told reporters at a briefing in the old customs house.

Residents of the islands have waited for a regular crossing since the last private operator went out \
of business in a storm season that damaged both of its vessels beyond repair.

Vesk said tickets would cost about the same as a bus fare to the mainland and that pensioners and \
school children would travel free during the first year of operation.

The regional council approved the final part of the budget last month. Opposition members had \
argued that the money would be better spent on a bridge, a plan the engineers rejected as too costly.

Construction of the new pier begins in January, and the first test crossings are planned for April, \
weather permitting, the authority said in a statement published after the briefing."""

ORCHARD_TITLE = "Late frost halves apple harvest in the northern valleys"
ORCHARD = """Growers in the northern valleys expect to pick barely half of a normal apple crop this \
autumn after a late frost in May destroyed blossom across thousands of hectares, the growers' \
cooperative said on Friday.

The cooperative's chairman, Tomas Rell, said temperatures fell to minus four degrees on two \
consecutive nights just as the trees were in full flower, and that smoke pots and sprinklers could \
not protect the higher orchards.

Prices for dessert apples at the wholesale market have already risen by a fifth, and juice makers \
warned that they may have to import fruit for the first time in a decade.

Rell asked the agriculture ministry for emergency loans so that family farms could pay seasonal \
workers through the winter. The ministry said it would assess the damage before making any promise.

Younger growers have begun planting varieties that flower later in the season, but those trees \
will take five to seven years to bear a full crop, the cooperative said."""

# Same topic as ORCHARD, a different story.
ORCHARD_OTHER_TITLE = "Apple growers try netting against hail"
ORCHARD_OTHER = """A group of apple growers in the southern hills is testing black netting that \
stretches over whole rows of trees to shield the fruit from summer hail, a regional research \
station said on Wednesday.

The station's plant scientist, Ida Morn, said hail had damaged a quarter of the crop in three of \
the past five summers and that insurers were raising premiums for orchards on exposed slopes.

The nets cost about eleven thousand euros a hectare to install and last roughly a decade. Early \
results show fewer bruised apples but slightly smaller fruit because the netting cuts some light.

Growers who join the trial receive half of the cost from a regional fund, and the results will be \
published after three harvests, Morn said."""

LIBRARY_TITLE = "City library to stay open until midnight during exams"
LIBRARY = """The central city library will stay open until midnight for four weeks during the \
university exam season, the culture department announced on Monday, answering a petition signed \
by more than six thousand students.

Extra security staff and two librarians will work the late shifts, and the cafe on the ground floor \
will sell coffee until eleven, the department said.

Student union leader Pavel Dunn called the decision a fair answer to crowded reading rooms on \
campus, where students queue for desks from early morning.

The trial will cost about forty thousand euros. If it works, the department said it would consider \
longer opening hours during every exam season from next year onwards."""

# Chinese and Japanese texts written for these tests.
ZH_TITLE = "新渡轮航线明年春天开通"
ZH = """港务局星期二表示，通往外岛的渡轮航线将在明年春天正式开通，此前各方就新码头的费用争论了两年。

新航线将使用两艘翻新的渡轮，每天最多可运送九百名乘客和四十辆汽车。港务局局长在旧海关大楼举行的记者会上介绍了这一计划。

岛上居民自从上一家私营公司因风暴损坏船只而停业以来，一直在等待定期航班。局长说，票价将与去大陆的公交车票价相当，老人和学生在第一年可以免费乘船。

新码头将于一月开工，首批试航计划在四月进行，具体时间视天气而定。"""

JA_TITLE = "図書館、試験期間は深夜まで開館"
JA = """市立中央図書館は月曜日、大学の試験期間中の四週間、午前零時まで開館すると発表した。六千人を超える学生が署名した請願に応えたものだ。

夜間は警備員と司書二人が勤務し、一階の喫茶店は午後十一時まで営業する。学生会の代表は、キャンパスの閲覧室は朝から席を待つ列ができるほど混雑しており、今回の決定を歓迎すると述べた。

試行の費用は約四万ユーロで、うまくいけば来年から毎回の試験期間に開館時間を延長することを検討するという。"""
