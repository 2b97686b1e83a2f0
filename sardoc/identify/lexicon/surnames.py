"""Common family names in England and Wales.

Source and licence: compiled by hand by the sardoc developers for this project
(no third-party list was copied); released under the project's MIT licence.
Names that are also ordinary words ("Green", "Hill") are marked weak by
:mod:`sardoc.identify.lexicon` and count only after a given name or a title.
"""

SURNAMES = """
abbott abbas adams adebayo adeyemi afolabi ahmed akhtar akram ali allen anderson andrews
appiah armstrong arnold asante ashton atkins atkinson austin bailey bains baker ball banks
barber barker barnes barnett barrett barton bates baxter begum bell bennett berry bevan bibi
bird bishop black blackburn blake bolton bond booth boateng bowen boyle bradley brady brennan
briggs brooks brown browne bryant buckley bull burgess burke burns burrows burton butler butt
byrne cairns caldwell campbell carey carpenter carr carroll carter cartwright chadwick chambers
chan chandler chapman charles chauhan chen choudhury chowdhury chukwu clark clarke clayton
clements cole coleman collier collins connolly conway cook cooke cooper cox craig crawford
cross cunningham curtis dale daly daniels davidson davies davis dawson day dean desai dhillon
dickinson dixon dobson donnelly douglas doyle duffy duncan dunn eaton edwards elliott ellis
evans eze farmer farrell faulkner ferguson field finch fisher fitzgerald fleming fletcher flynn
ford foster fowler fox francis fraser freeman french frost fuller gallagher gardiner gardner
garner george gibbons gibbs gibson gilbert gill goddard goodwin gordon gough graham grant gray
green greenwood gregory grewal griffin griffiths hale hall hamilton hammond hancock hanson
harding hardy harper harris harrison hart harvey hawkins hayes hayward heath henderson hewitt
hicks higgins hill hobbs hodgson holden holland holmes holt hooper hopkins horton hossain houghton
howard howarth howe howell hudson hughes humphreys hunt hunter hussain hutchinson iqbal islam
jackson james jarvis jenkins jennings johal johnson johnston jones jordan joshi joyce kaur kay
kelly kemp kennedy kent kerr khan king knight kowalczyk kowalski kumar lamb lambert lane
law lawrence lawson lee lewandowski lewis li lin little liu lloyd long lowe lucas lynch
macdonald mackenzie macleod mahmood malik mann marsh marshall martin mason matthews may mcarthur
mccarthy mcdonald mcgrath mckenzie mclean mehta mensah middleton miah miles miller mills
mistry mitchell moore moran morgan morris morrison moss murphy murray nash naylor nelson
newman newton nguyen nicholls nicholson noble norman norris nowak nwosu o'brien o'connor
o'neill o'sullivan obi okafor okonkwo oliver osborne owen owens owusu page palmer parker
parkinson parmar parry parsons patel patterson payne pearce pearson perkins perry phillips
pickering pierce pollard poole popescu porter potter powell pratt preston price pritchard
quinn qureshi rahman rai randall rashid raza read reed rees reeves reid reynolds rhodes
richards richardson riley roberts robertson robinson robson rogers rose ross rowe russell ryan
sanders sandhu saunders scott shah sharma sharp sharpe shaw shepherd sidhu simmons simpson
sinclair singh slater smart smith solanki spencer stanley steele stephens stephenson stevens
stevenson stewart stokes stone sullivan sutton swift taylor thomas thompson thomson thornton
todd townsend tran tucker turner uddin vaughan wainwright walker wallace walsh walters walton
wang ward warner warren watkins watson watts webb webster welch wells west wheeler white
whitehead wilkins wilkinson williams williamson willis wilson wise wong wood woods woodward
wright wyatt yates young zhang zielinski
halliday ferreira santos silva pereira oliveira costa rodrigues fernandes gonzalez garcia
martinez lopez hernandez kowalczyk kowalski wisniewski nowak wojcik lewandowski bassi virdi
sahota matharu sandhu grewal gill sidhu bhatti thornbury lund abramovich dube moyo ncube
mutasa chikwanha quispe mamani plessis rensburg nakamura tanaka suzuki sato
"""
