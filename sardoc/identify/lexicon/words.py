"""Ordinary English words, as a person-name detector needs them.

A capitalised word that is an ordinary word ("During", "Review", "Green") is
not taken for an unknown name; a listed name that is an ordinary word is weak.
Source and licence: compiled by hand by the sardoc developers (frequent English
words and the vocabulary of safeguarding reports); MIT, like the project.
"""

COMMON_WORDS = """
a able about above absence abuse accept accepted access accommodation according account across
act action actions active activity actually add added additional address adequate admission
admitted adult adults advice advised advocacy advocate after afternoon again against age aged
agencies agency agreed agreement aim alcohol all allow allowed almost alone along already also
although always am among amount an analysis and angry annual another answer any anyone anything
appear appeared application applied apply appointment approach appropriate april are area areas
around arrange arranged arrangements arrival arrived as ask asked assess assessed assessment
assessments assistance associated at attempt attempted attend attended attendance attention
august authority autumn available average avoid aware awareness away back bad balance bank
barriers base based basic basis be became because become bed been before began behalf behaviour
being believe believed below benefit benefits best better between beyond big birth black blood
blue board body book both box break brief briefing bright bring brought brown budget build
building built burn business busy but by call called calls came can capacity car card care
cared career carer carers case cases cause caused centre certain chair challenge chance change
changed changes charge check checked chief child children choice choose chose chosen chronology
church city claim clear clearly clinical close closed co code cold collect college come coming
comment commissioned common communication community company complete completed complex concern
concerned concerns conclusion condition conditions conference confidence confirmed consent
consider considered contact contacted context continue continued control cook cooper
coordinated copy core cost could council country county course court cover create created
crisis criteria cross current currently daily damage dark data date dated daughter day days
dead deal death december decided decision decisions deep delay delayed delivered department
described design despite detail details develop developed development did die died diet
different difficult direct direction directly director discharge discharged discussed
discussion district do doctor document does dog doing domestic done door down draft drink
drive drop drug due during duty each early earth east easy eat effect effective effort either
elderly else email emergency empty end ended engage engaged engagement enough ensure enquiry
entire environment equipment escalated escalation especially established even evening event
events ever every evidence exactly example except experience explain explained express extra
eye face fact factors fail failed fair fall fallen falls family far farm fast father fear
february feel felt few field figure file final finally financial find finding findings fine
fire first five floor focus follow followed following food for force form formal forward found
four free frequent friday friend friends from front full fully fund further future gain gave
general get give given glass go goal going gold good got government great green grey ground
group groups grove guidance had half hall hand happen happened hard harm has have having he
head health hear heard heart held help helped her here high highlighted him himself his
history hold home homes hope hospital hour hours house housing how however human idea if ill
illness immediate immediately impact important improve improvement in include included
including increase increased independent individual information initial initially input
inside instead intervention into involved involvement is issue issues it its itself job join
joint july june just keep kept key kind king knew know knowledge known lack land language
large last late later lead leading learning least leave left legal less let letter level life
light like likely limited line lines link list little live lived lives living local lodge
long look looked lost lot low made main make making male man manage managed management manager
many march mark market matter may me meal meals means medical medication medicine meet meeting
meetings member members mental met method middle might mind minutes miss missed model monday
money month months more morning most mother move moved much multi must my name named national
nature near need needed needs neglect neighbour network never new next night no none nor
normal north not note noted nothing notice november now number nurse nursing observed
occasion october of off offer offered office officer often old on once one only open opinion
or order other others our out outcome outcomes over own page paid pain paper parent part
partner partners partnership party pass past path pattern pay people per perhaps period person
personal phone physical picture place plan planned planning plans play please point police
policy poor position possible post power practice practitioner practitioners present pressure
prevent previous previously primary prior priority private probably problem problems process
processes professional professionals programme progress property protection provide provided
provider providers public purpose put quality question questions quickly quite raised range
rate rather reached read ready real reason reasons received recent recently record recorded
records red referral referrals referred reflect regular related relationship relevant remain
remained report reported reports request requested required research resident residential
resources respect response responsibility rest result results return returned review reviewed
right ring rise risk risks road role room round rule safe safeguarding safety said same saturday
saw say school second section see seemed seen self send senior sense sent september serious
service services set several shared she short should show showed side sign significant similar
since single sister site situation skin small so social some someone something sometimes son
soon sort south space speak special specific spent spoke spring staff stage standard start
started state statement status stay stayed step still stop story street strong structure
subject such suggested summary summer sunday support supported sure system systems table take
taken talk task team teams telephone tell ten term terms than that the their them themselves
then there therefore these they thing things think third this those though thought three
through throughout thursday time times to today together told too took top total towards
town training treatment tree trust try tuesday turn two type under understand understanding
understood unit until up upon us use used using usual value various very view views visit
visited visits wait walk wall want wanted ward was water way we wednesday week weekend weeks
weight well went were west what when where whether which while white who whole whom whose why
wide wider will winter wish wishes with within without woman women word words work worked
worker workers working world would write written year years yellow yes yet you young your
abbey acre acres ash ashes aspen bank banks barn bay beach beacon beech bell birch bishop
bridge brook brooks burn burns castle cedar chapel chase cherry church clay cliff common copse
cottage court cove croft crown dale dean dell down downs elm elms fern ferns field fields fir
ford forest fountain fox garden gardens gate glade glen grange hart hawthorn hazel heath
heather hedge hill hills holly hollow holt home horse hunt ivy kent lake lamb lane larch laurel
lea leigh lily lime linden long manor maple marsh mead meadow meadows mill mills moor moss
mount oak oaks orchard park parks pine pond pool poplar priory rose rowan saint sand spring
stone swan thorn tower vale valley view villa walnut well wells willow willows wood woods yew
baker barber bishop bond butler carpenter cook farmer fisher fowler gardener hunter knight
page porter potter shepherd steward
abbott angel dawn faith grace hope joy mercy patience prudence charity constance honour
may june april august summer autumn winter ruby pearl amber jade crystal violet iris daisy
rose lily olive hazel holly ivy heather poppy jasmine willow rowan sky river storm rain
will mark bill frank grant sue pat rob ray guy jack dale glen cliff wade miles lance drew
chase earl duke major rich sandy rusty penny robin carol eve kay don art gene dean sonny
bob kitty misty cherry ginger honey sunny star precious blessing divine hunter
brown black white green gray grey young little long short strong swift wise noble sharp smart
hardy bright sweet english french welsh scott little hale rich west north south east
low lowe lamb fox wolf bird crow hawk swan drake finch wren lark nightingale
good best better great new old east west north south upper lower royal general central
yesterday today tomorrow tonight recently subsequently eventually initially unfortunately
sadly overall instead additionally separately similarly likewise notably nevertheless
consequently accordingly afterwards thereafter sometime somewhere everyone nobody anybody
please thanks thank regards dear hello hi morning afternoon evening kind best wishes
mobile landline tel telephone text fax extension ext voicemail helpline
tenancy tenancies sustainment
community acute district memorial county city university teaching regional national
rota breakfast fayre newsletter toolkit checklist café
incident incidents investigation investigations inquest inquests enquiry patient patients
wellbeing well-being resilience oversight debrief debriefing foreword commentary supervision
reflective breakdown trauma workshop workshops forum forums
"""
