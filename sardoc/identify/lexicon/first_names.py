"""Common given names in England and Wales, across the generations a review meets.

Source and licence: compiled by hand by the sardoc developers for this project
(no third-party list was copied); released under the project's MIT licence. It
aims at breadth, not completeness: older adults (the people SARs are about),
staff and family of working age, and the main heritage groups of England
(English, Welsh, Scottish, Irish, South Asian, West African, Caribbean, East and
Central European, Chinese). Names that are also ordinary words ("Grace", "Will",
"May", "Hope") are kept: :mod:`sardoc.identify.lexicon` lists them as WORD_NAMES, and
each use is decided by its context (beside a surname, after a title, or placed as a
name is: "told May that", "May said"; never "in May 2023" or "no hope").
"""

FIRST_NAMES = """
may will hope faith summer charity patience holly honor mercy prudence felicity
alf andy bert bev debs fred jen ken les liz kath mike nick nikki pete reg ron steve ted vicky
cliff sandy penny ray pat glen eve don gene miles rob guy lance
aaron abbie abdul abdullah abigail abu adaeze adam adebayo adele adeline adrian agnes agnieszka
ahmad ahmed aidan aileen ailsa aisha akua alan alana alastair albert alec alex alexander alexandra
alexis alfie alfred ali alice alicia alisha alison alistair allan alma amal amanda amara amber
amelia amina amir amit amrit amy ana anastasia andrea andreea andrei andrew andrzej aneesa angela
angelina angus anil anita anjali ann anna anne annette annie anthony antonia antony aoife april
archie arjun arnold arthur arun asha ashley ashok asif aslam audrey austin ava avril ayesha
babajide balbir balvinder barbara barry basil beatrice becky belinda ben benjamin bernadette
bernard beryl beth bethan betty beverley bilal bill billy blessing bob bogdan brandon brenda
brendan brian bridget bronwen bruce bryan callum calvin cameron camilla cara carl carla carly
carmen carol carole caroline carolyn carys catherine cathy catriona cecil cecilia chantelle
charlene charles charlie charlotte chelsea cheryl chidi chinedu chioma chipo chloe chris
christina christine christopher ciara ciaran claire clara clare claudette claudia clifford clive
colin connor conor constance craig cyril dafydd daisy dale damian damien dan daniel daniela
danielle danny daphne darren dave david dawn dean debbie deborah declan deepa deepak delroy
denise dennis derek dermot desmond diana diane dilys dimitri dmitri dolores dominic donald donna
dora doreen doris dorothy douglas drew duncan dylan eamon eamonn ebony eddie edith edmund edna
edward edwin eileen eilidh elaine eleanor elena eliza elizabeth ella ellen ellie elsie emeka emily
emma enid eric erin errol esme esther ethan ethel eugene eunice euan eva evelyn ewa faisal farah
farida fatima fatuma faye fergus ffion fiona florence folake frances francesca francis frank
fraser freda frederick freya funmi gail gareth gary gavin gemma geoffrey george georgina gerald
geraldine gerard gethin gillian gladys glenda glenn glenys gloria gordon grace graham grant
gregory gurpreet gwen gwendoline hamish hannah harjit harold harpreet harriet harry harvey hassan
hayley hazel heather helen helena henry herbert hilary hilda horace howard hugh hugo hussain
hyacinth iain ian ibrahim ifeoma imogen imran ioana irene irina iris isaac isabel isabella
isabelle isla ismail ivan ivor ivy jack jackie jacob jacqueline jade jake james jamie jan jane
janet janice jasmine jason jaspreet jean jeanette jeffrey jennifer jenny jeremy jessica jill
jim jimmy jo joan joanna joanne jodie joe joel john johnny jon jonathan jordan joseph josephine
joshua joy joyce judith judy julia julian julie june justin kamal kamala karen karl katarzyna
kate katherine kathleen kathryn katie katrina kay kayleigh keith kelly kemi kenneth kerry kevin
khadija khalid kieran kim kiran kirsty kofi krzysztof kuldip kwame kyle lakshmi lana laura
lauren lawrence leah leanne lee leigh leila lena leo leon leonard leroy leslie lewis liam lila
lillian lily linda lindsay lindsey lisa liz lois lorna lorraine louis louise lucas lucy luke
lydia lynda lynn lynne madeleine magdalena maggie mahmood malcolm mandy manjit manoj marcia
marcus margaret maria marian marie marilyn marion marjorie mark marlene martha martin martyn
mary maryam matthew maureen mavis max maxine megan mehmet mei melanie melissa mercy mia michael
michaela michelle mihai mildred millie miriam mohamed mohammad mohammed mohammod moira molly
monica morag moses muhammad muriel nadia nancy naomi natalie natalia natasha nathan neha neil
nia niamh nicholas nicola nicole nigel nina noel norah norma norman nosheen oliver olivia
olamide olga oluwaseun omar oscar owain owen padraig pamela parveen patricia patrick paul paula
pauline pawel pearl peggy penelope percy peter petra philip phillip phyllis piotr pooja precious
priya priyanka rachel rafiq rahul rajesh rajinder ralph ramesh rashid ravi raymond rebecca
reginald rhian rhiannon rhys ricardo richard rita robert roberto robin rodney roger ronald
rosa rosalind rose rosemary roshni ross rowena roxanne roy ruby rukhsana rupert russell ruth
ryan sadia saima sally salma sam samantha samina samir samuel sana sandra sanjay sara sarah
scott seamus sean sergei shabana shahid shakeel shanice sharon shauna shazia sheila shirley
siân sian sidney simon sinead siobhan sita sonia sophie stacey stanley stella stephanie stephen
steven stewart stuart sukhdev sunil sunita sue susan suzanne sylvia tamara tanya tariq tendai
teresa terence terry thelma theresa thomas tim timothy tina tobias toby tom tomasz tommy
toni tony tracey tracy trevor tunde una valerie vanessa vera veronica victor victoria vikram
vincent violet vivian vivienne walter wayne wendy wilfred william winifred winston xin yasmin
yetunde yusuf yvonne zainab zara zoe zofia
wren fern gale skye olive rich
joaquim joao joão miguel pedro rafael mateus thiago gabriel ines inês beatriz mariana catarina
luis luís jorge diego alejandro javier lucia lucía pilar marisol rosario guadalupe
paweł marek malgorzata małgorzata wojciech lukasz łukasz grzegorz bartosz kasia
siobhán saoirse oisin eoin caoimhe grainne tadhg ruairi ewan iona mhairi rhodri cerys iwan
ikechukwu ngozi chiamaka nkechi obinna funmilayo ayodele olumide segun kwabena abena akosua
tatenda farai nyasha tafadzwa
gurmeet manpreet harjinder simran sukhleen ravinder harpal kuldeep amarjit paramjit surinder
navdeep sukhvinder zakaria hamza nasreen farzana tahira anneliese annelise meera
hiroshi kenji akiko haruka
"""

# Short and pet forms people go by in notes, texts and sign-offs ("Known as: Stevie",
# "trish spoke w/ social worker"), and a few given names missing above. Pet forms that
# are also everyday words ("teddy", "patsy", "dotty", "bobby") are left out: a case note
# in lower case uses them as words.
FIRST_NAMES += """
stevie trish kenny lenny benny davey robbie gerry lizzie bessie trudy kathy
suzy nicky ricky micky mikey freddie frankie ronnie reggie sammy polly milly tilly nelly
nell babs marj joey vince vinnie wally sid pam kev gaz baz daz shaz tasha jez len lou
viv mal manny bea bridie ernie matt mo tamsin iqra femi mihaela beatrix
"""
