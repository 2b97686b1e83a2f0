"""Capitalised words that are not names of people, and the cue words around names.

DOMAIN.md section 3 (Anonymisation) and QM14: agencies, boards, roles, legislation,
months, weekdays and festivals are named in published reviews and must never be
flagged. Compiled by hand by the sardoc developers; MIT, like the project.
"""

#: Words that make a capitalised phrase an organisation, service or system.
ORG_WORDS = """
academy administration agency alliance ambulance association authority bank board borough
centre charity clinic college commission commissioner committee company constabulary
corporation council court department directorate division executive federation force
foundation fund group healthcare healthwatch hub icb ics institute jobcentre league limited
ltd mash ministry network nhs office partnership plc police practice probation programme
provider school service services society surgery team teams trust union unit university
housing homes health safeguarding social care adult adults children children's mental
partnership partnerships panel subgroup forum network hospital hospitals hospice ward
sar sars sab dhr dhrs chaplaincy
"""

#: Legislation, guidance and frameworks ("Mental Capacity Act 2005", "Care Act").
LEGISLATION_WORDS = """
act acts bill regulations regulation order code practice guidance protocol framework policy
procedure procedures charter convention directive statute standards principles
"""

MONTHS = """
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
"""

WEEKDAYS = """
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
"""

#: Festivals and holidays ("Christmas", "Easter", "Diwali").
FESTIVALS = """
christmas easter diwali eid ramadan hanukkah chanukah passover vaisakhi baisakhi holi navratri
lent advent whitsun pentecost halloween hallowe'en bonfire hogmanay boxing new year's
yom kippur rosh hashanah purim guru nanak gurpurab ganesh onam pongal thanksgiving mothering
father's mother's valentine's pancake shrove ash good maundy midsummer
"""

#: Medical, clinical and care words often capitalised, and eponymous conditions.
MEDICAL_WORDS = """
alzheimer alzheimer's parkinson parkinson's huntington huntington's korsakoff korsakoff's
crohn crohn's down's asperger asperger's addison addison's cushing cushing's hodgkin
hodgkin's lewy wernicke wernicke's bell's tourette tourette's raynaud raynaud's
covid covid-19 coronavirus waterlow braden must news news2 glasgow barthel mmse moca gcs
copd dementia diabetes epilepsy stroke sepsis cancer hiv hepatitis cellulitis pneumonia
dnacpr dnar respect resus ecg mri ct scan x-ray
"""

#: Titles that come before a name ("Mrs Okafor", "Dr Lewis", "DC Evans").
TITLES = """
mr mrs ms miss mx dr prof professor sir dame lady lord rev revd reverend father fr sister
cllr councillor pc dc ds di dci dsi sgt sergeant inspector constable det detective nurse
"""

#: Words that come before a place or person but are not part of it ("St Mary's").
SAINTLY = "st saint queen king prince princess royal port fort mount lake cape"

#: Roles a name may stand in apposition to ("the social worker, Jane Hughes,");
#: "_" stands for a space.
ROLES = """
social_worker senior_social_worker student_social_worker gp doctor consultant registrar
junior_doctor surgeon psychiatrist psychologist nurse district_nurse community_nurse
practice_nurse staff_nurse mental_health_nurse cpn matron ward_sister ward_manager
team_manager service_manager registered_manager home_manager deputy_manager manager
care_manager case_manager carer care_worker care_assistant healthcare_assistant
support_worker key_worker keyworker outreach_worker housing_officer police_officer
officer constable sergeant detective paramedic occupational_therapist ot physiotherapist
physio care_coordinator care_co-ordinator advocate imca imha amhp safeguarding_lead
safeguarding_manager safeguarding_practitioner practitioner pharmacist receptionist
landlord landlady neighbour friend partner husband wife son daughter mother father brother
sister stepson stepdaughter stepfather stepmother grandson granddaughter grandmother
grandfather niece nephew cousin aunt uncle son-in-law daughter-in-law next_of_kin reviewer
chair author coroner solicitor deputy attorney appointee assessor therapist dietitian
podiatrist health_visitor midwife clinician lead coordinator co-ordinator worker director
lead_reviewer independent_reviewer panel_chair befriender volunteer tenant lodger
hca sw dn hv psw nurse_associate healthcare_support_worker designated_nurse named_nurse
chaplain interpreter geriatrician physician paediatrician haematologist oncologist cardiologist
neurologist radiologist anaesthetist optometrist audiologist dentist phlebotomist sonographer
orthogeriatrician gastroenterologist dermatologist rheumatologist urologist nephrologist
"""

#: Words a sentence or clause may start with, dropped from the front of a place name
#: ("During", "Admitted", "The").
STARTERS = """
a an the at in on to from by of for and or but with without into onto during after before
when while whilst until since following admitted discharged transferred moved returned lived
living resident staying visited visiting attended contacted called rang phoned emailed at
then later earlier also both each every this that these those her his their its our my your
she he they we it there here where as if so not no yes only just still yet once again
meanwhile however although though because between under over near via per across around
outside inside behind beyond about above below dear re subject from cc date time location
dob nok
"""

#: Qualifiers that make a setting generic rather than named ("the General Hospital",
#: "Memory Clinic", "Stroke Ward", "Orthopaedic Surgery").
GENERIC_SETTING = """
acute general district community local private public psychiatric mental health teaching
university children's childrens women's maternity day minor major cottage rehabilitation
rehab intermediate elderly older people's adult adults memory falls diabetes diabetic pain
leg ulcer wound tissue viability anticoagulation warfarin continence stroke cardiac
cardiology coronary renal dialysis respiratory chest orthopaedic orthopaedics trauma
surgical medical medicine assessment admissions admission emergency urgent accident a&e
intensive critical high dependency burns spinal neuro neurology neurological oncology cancer
haematology gastro gastroenterology liver eye ear nose throat ent dental outpatient outpatients
inpatient inpatients mental dementia frailty geriatric care home nursing residential respite
specialist regional national royal sexual plastic vascular general keyhole day mother baby
substance misuse alcohol drug drugs addiction recovery liaison crisis psychiatry psychology
therapy therapies physiotherapy podiatry hearing sight vision audiology x-ray radiology
imaging discharge transfer step down step-up short stay long term nhs gp gps walk-in walk in
out of hours treatment learning disability disabilities autism eating disorder disorders
forensic secure low medium safeguarding public protection domestic abuse vulnerable
homeless homelessness extra supported sheltered independent living temporary emergency
a and e the new old main central north south east west upper lower
senior deputy acting junior assistant night charge head lead named
business support administration admin data finance contracts commissioning performance
quality intelligence policy complaints customer contact call
"""

#: Places often named in English reports that are not people (a small list; the
#: first-name rules skip them).
PLACES = """
england wales scotland ireland britain uk london birmingham manchester leeds liverpool
sheffield bristol newcastle nottingham leicester coventry bradford hull york plymouth derby
southampton portsmouth brighton reading oxford cambridge norwich exeter bath chester lincoln
preston durham carlisle lancaster stoke wolverhampton sunderland middlesbrough swindon luton
milton keynes northampton peterborough ipswich colchester cornwall devon dorset somerset
kent essex surrey sussex norfolk suffolk yorkshire lancashire cumbria cheshire derbyshire
staffordshire shropshire warwickshire gloucestershire wiltshire hampshire berkshire
oxfordshire buckinghamshire hertfordshire bedfordshire cambridgeshire lincolnshire
nottinghamshire leicestershire northamptonshire worcestershire herefordshire northumberland
jamaica india pakistan bangladesh nigeria ghana poland romania ireland china hong kong
kenya somalia zimbabwe europe africa asia america caribbean jersey guernsey victoria
paris georgia jordan chelsea devon florence sydney austin lincoln chester preston
"""

#: Clinical and case-recording systems ("RiO", "EMIS", "SystmOne", "Mosaic").
SYSTEMS = "rio emis systmone mosaic liquidlogic carefirst lcs eclipse paris azeus nerve centre"
