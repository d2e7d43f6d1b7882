"""Owner wording: shorthand, tool names, typos and trap words get the label a reader gives."""

from pathlib import Path

import pytest

from app.engine import Classifier, load_rules
from app.engine.evaluation import evaluate, read_labelled

ROOT = Path(__file__).resolve().parent.parent
CLASSIFIER = Classifier(load_rules(ROOT / "rules"))

PHRASES = [
    # the issue's own examples
    ("posted the new menu on Instagram", "marketing"),
    ("f/u w/ Jenkins re: quote", "sales"),
    ("payroll", "other"),
    # shorthand and tool names
    ("IG reel for the spring sale", "marketing"),
    ("FB ads", "marketing"),
    ("Mailchimp newsletter", "marketing"),
    ("mtg w/ prospect re: kitchen remodel", "sales"),
    ("updated the CRM", "sales"),
    ("appt w/ new client to go over options", "sales"),
    ("QB reconciliation", "other"),
    ("est. for the Hendersons' deck", "sales"),
    ("Canva graphics for the bake sale", "marketing"),
    # typos
    ("folowed up with the wedding lead", "sales"),
    ("sent revised proposel to Parkline", "sales"),
    ("wrote the monthly newsleter", "marketing"),
    ("chased unpaid invocies", "other"),
    # trap words
    ("sales tax", "other"),
    ("filed the quarterly sales tax return", "other"),
    ("negotiated with our supplier", "other"),
    ("repaired a customer's heater", "other"),
    ("photographed a wedding", "other"),
    ("sales report for the accountant", "other"),
    ("posted job ad for a line cook", "other"),
    ("customer invoice", "other"),
    ("called the bank about the loan", "other"),
    # tax forms by name, free offers, a promoter who books acts (thirteenth session)
    ("K-1s to beneficiaries", "other"),
    ("W-2s done for 4 staff", "other"),
    ("free coffee with any pastry this week", "marketing"),
    ("ordered acid-free tissue and boxes", "other"),
    ("DM'd the promoter about a Friday slot", "sales"),
    ("ticket prices: $12 adult, $6 kids", "marketing"),
    ("opened a business bank account", "other"),
    # a chase or a tour decides only when nothing else names a hat; viewings, leases, board
    # feet, CRM housekeeping (fourteenth session)
    ("chased the wholesaler about a missing pallet", "other"),
    ("chased Mr Patel for a decision on the sash windows", "sales"),
    ("viewing flat 12 w/ Abdul", "sales"),
    ("lease signed w/ Ms Jackson for unit 3", "sales"),
    ("ordered 120 bd ft of cedar", "other"),
    ("cleaned up duplicate contacts in the CRM", "other"),
    ("hood cleaning booked for the 14th", "other"),
    ("open afternoon for new families", "marketing"),
    # partners who send customers "each other", a rival's claim answered, the work of a guide
    # or a singer, an affiliate paid, a mass text, collections (fifteenth session)
    ("coffee w/ Jen the florist, we'll refer couples to each other", "marketing"),
    ("talked to the bakery next door, we'll hand out each other's cards", "marketing"),
    ("safety mgr at the sawmill uses a clinic already, pointed out the downtime cost", "sales"),
    ("led tour 9:15pm, great show", "other"),
    ("sang at the Hughes funeral", "other"),
    ("affiliate payouts for May", "other"),
    ("folowup Bolt HR", "sales"),
    ("emailed all salons on our list about the 10 day lead time promo", "marketing"),
    ("text blast to current customers asking for Google reviews", "marketing"),
    ("collections calls on late accounts", "other"),
    ("came in and bought the blue one", "sales"),
    ("county arts grant app submitted, $8k", "sales"),
    ("deposits registered w/ DPS", "other"),
    ("flat 4 live on Rightmove", "marketing"),
    ("booked the gas engineer for both flats", "other"),
    ("we'll refer clients back and forth with the bookkeeper next door", "marketing"),
    ("quarter page in the parish mag, $30 a month", "marketing"),
    ("coffee w/ Tom from the bank about the overdraft", "other"),
    ("decided to sell the seconds online as a bundle", "marketing"),
    ("whatsapp broadcast to 300 customers: new prices from Monday", "marketing"),
    ("Saturday market stall, sold 60 jars", "sales"),
    ("sent Nadia a ballpark for the shell, $38-45k", "sales"),
    ("emailed the café again about the tasting, still no reply", "sales"),
    ("Gloria has bought every kit, messaged her about the early access club", "sales"),
    ("persuaded the Kings Head to take the back cover", "sales"),
    ("the physios said they'll tell every new patient about us", "marketing"),
    # the owner booking a test, a ferry, first aid or haulage; shorthand and dictation slips;
    # canvas the cloth; a price objection in British English; thanking a funder one to one;
    # partners who send each other people; talks at clubs; appeals; Spanish words
    # (sixteenth session)
    ("booked DVSA test slots for 2 trainees", "other"),
    ("ferry booked for the island job", "other"),
    ("booked St John Ambulance for the fun run", "other"),
    ("booked haulage for the Leeds delivery", "other"),
    ("thread + zips ord", "other"),
    ("tractor svc", "other"),
    ("sent in voices to all the families", "other"),
    ("stretched canvas + primed 4 boards", "other"),
    ("Bev thinks the tiles are too dear vs the DIY shed", "sales"),
    ("thank-you call to the Lions for the £400 they raised", "sales"),
    ("the bike shop sends me riders and I send people wanting bikes to him", "marketing"),
    ("spoke at the Rotary lunch about home safety", "marketing"),
    ("spring appeal email to supporters", "marketing"),
    ("new signboard over the shop door", "marketing"),
    ("auditor wants every receipt from March", "other"),
    ("compré tornillos en el Home Depot", "other"),
    ("vendí 3 mesas a la Sra. Ortiz", "sales"),
    # offers set for everyone, partner tickets and cards both ways, a To Let board, the job
    # itself in a groomer's or a teacher's words, taxes and bills of the Philippines and
    # Argentina, Portuguese words (seventeenth session)
    ("intro offer for new members: 3 weeks for $49", "marketing"),
    ("meal deal: burger, fries and a can for £8", "marketing"),
    ("joint discount with the tea rooms", "marketing"),
    ("the pool store hands our card to buyers and we send our customers to them", "marketing"),
    ("To Let board up at the Mill Lane flat", "marketing"),
    ("scissored the poodle's topknot", "other"),
    ("choreo for the spring showcase", "other"),
    ("SSS, PhilHealth, Pag-IBIG", "other"),
    ("AFIP", "other"),
    ("proposta sent to the construtora for 30 marmitas a day", "sales"),
    # Portuguese and Spanish of bilingual owners; a rival's prices asked as a customer
    ("paguei o contador", "other"),
    ("parceria com a padaria: eles indicam a gente e nós indicamos eles", "marketing"),
    ("reajuste de preço do kit festa", "marketing"),
    ("orçamento pro Sr. Paulo, cozinha completa", "sales"),
    ("limpei o forno e troquei o óleo", "other"),
    ("panfletos nos condomínios da rua", "marketing"),
    ("cartão de agradecimento pra Bia que indicou 2 amigas", "sales"),
    ("vitrine nova com tema de Natal", "marketing"),
    ("emitir nota fiscal da venda", "other"),
    ("assei 4 bolos e 2 fornadas de pão", "other"),
    ("Christmas hamper to our top client", "sales"),
    ("contraté asistente bilingüe", "other"),
    ("tarjeta de agradecimiento a la Sra. Vega por recomendarnos", "sales"),
    ("carteles en el escaparate: rebajas del 30%", "marketing"),
    ("acordamos con el gimnasio: nosotros promovemos su clase y ellos la nuestra", "marketing"),
    ("monotributo de marzo", "other"),
    ("visited 3 rival printers posing as a customer to get rates", "marketing"),
    # French, Malay and Tagalog of bilingual owners; "PR" in capitals, "pr" a pair
    ("relance Mme Girard pour le devis de la cuisine", "sales"),
    ("Chiusa la vendita del pacchetto laser a Chiara, 480 euro", "sales"),
    ("Rinnovata licenza SIAE per la musica in sala", "other"),
    ("Sponsorizzato la festa della vendemmia del paese", "marketing"),
    ("Mit Getränkelieferant Preise neu verhandelt", "other"),
    ("Dankeschön an Frau Lindner für die Empfehlung", "sales"),
    ("carte de remerciement au kiné qui m'a recommandée", "sales"),
    ("boîtage 500 flyers dans le quartier", "marketing"),
    ("contrôle annuel du pont élévateur", "other"),
    ("soumission envoyee au condo de la rue Principale", "sales"),
    ("post insta pour la promo fete des meres", "marketing"),
    ("depliants dans les boites du quartier", "marketing"),
    ("commander farine chez le fournisseur, negocier le prix", "other"),
    ("declaration TVA du trimestre au comptable", "other"),
    ("repondre aux avis Google de la semaine", "marketing"),
    ("PR push for the reopening, two local papers", "marketing"),
    ("24 pr of gloves for the crew", "other"),
    ("bayar sewa kedai bulan ni", "other"),
    # Hinglish: Hindi words in Latin letters
    ("sabke liye naya rate board pe likha", "marketing"),
    ("Tripathi ji ka hisaab kiya", "other"),
    ("rasoi ki safai karwayi", "other"),
    ("Mehra ji ko naya design dikhaya, maan gaye, order pakka", "sales"),
    ("runding harga dgn pelanggan tetap, 10 pek seminggu", "sales"),
    ("bayad kuryente at tubig", "other"),
    ("WA status: new stock arrived", "marketing"),
    ("thank you card + small gift to Mrs Lee, 10 years a customer", "sales"),
    ("paid for 10 leads on the comparison site", "marketing"),
    # German, Italian and Dutch
    ("Angebot an Fr. Huber geschickt", "sales"),
    ("Rechnung Lieferant bezahlt", "other"),
    ("preventivo per il sig. Rossi, cucina nuova", "sales"),
    ("volantini nel quartiere", "marketing"),
    ("offerte nabellen bij mevr. de Vries", "sales"),
    ("korting gegeven aan vaste klant", "sales"),
    # following up with a bank, supplier, landlord or applicant is not a sale
    ("followed up with the bank about the loan", "other"),
    ("f/u w/ vendor re late delivery", "other"),
    ("followed up w/ the landlord about the leak", "other"),
    ("followed up with the applicant", "other"),
    ("called supplier re custom order", "other"),
    ("contractor discount at the lumber yard", "other"),
    ("closed out the register", "other"),
    ("went to the post office", "other"),
    # a customer's order is sales, an order from a supplier is purchasing
    ("took order from Lucky's Bar - 6 kegs", "sales"),
    ("ordered hops from Yakima", "other"),
    ("sent rates to Dunmore HR for 10 temps", "sales"),
    ("renewal review w/ Benton Plumbing", "sales"),
    ("workers comp audit", "other"),
    ("printed 288 tees for the league", "other"),
    ("Fixed the POS tablet wifi", "other"),
    ("tweeted about the croissant special", "marketing"),
    # words that look alike but are different hats
    ("fixed the courtyard gate", "other"),
    ("gated the pricing checklist behind an email form", "marketing"),
    ("Dr. Liu referred a patient, called her to book", "sales"),
    ("partnered w/ a roofer: they refer gutter jobs, we refer roofs", "marketing"),
    ("reference calls for the new hire", "other"),
    ("negotiated gravel price w/ the quarry", "other"),
    ("negotiated a lower price w/ Mrs. Lee to close", "sales"),
    ("checked in w/ Harbor Cafe on how the new blend is selling", "sales"),
    ("checked in 48 items from the shipment", "other"),
    ("put up signs at both ends of the road", "marketing"),
    ("she signed for the full package", "sales"),
    ("ordered thread + interfacing", "other"),
    ("sent financing options to the buyer", "sales"),
    ("ordered 500 ft of LED strip from the distributor", "other"),
    ("led the Saturday tour for a couple", "sales"),
    ("commercial auto insurance renewal", "other"),
    ("shot a 30 sec TV commercial for the spring sale", "marketing"),
    ("sponsored the Turkey Trot 5k", "marketing"),
    ("bottles + caps from the supplier, 5k each", "other"),
    ("taught Saturday workshop, 12 students", "other"),
    # goods "from" a supplier are purchasing; a person "from" a firm comes with a sales word
    ("40 bags of mulch from Green Acres", "other"),
    ("met Carla from Dunmore Realty re: catering quote", "sales"),
    ("call from Mrs. Ortiz about the estimate", "sales"),
    ("cb the Schultz family re: 2 cabins in July", "sales"),
    ("walked the Brennan family thru the carriage house", "sales"),
    ("hired 4 summer guides", "other"),
    ("Toast receipt printer jammed, swapped it", "other"),
    ("sorted 200 web leads, flagged 30 qualified", "marketing"),
    ("offered free delivery to win the job on the Pratt kitchen", "sales"),
    # twelfth round: who decides, whose negotiation, and words that look like others
    ("explained why the full reseal beats a patch, and he approved it", "sales"),
    ("negotiated freight w/ Flexport on the next container", "other"),
    ("negotiated a bulk price on cups w/ the paper co, 10% off", "other"),
    ("showed the Garcias around the event barn for their reunion", "sales"),
    ("upsold the Lins on an extended warranty", "sales"),
    ("hosted a free pumpkin carving night, 60 came", "marketing"),
    ("renewed our web hosting for 2 yrs", "other"),
    ("guided a half-day trip, 3 clients", "other"),
    ("winterized 6 customer boats", "other"),
    ("Pinterest pins of 8 closet projects", "marketing"),
    ("hired 2 porters for the lobby", "other"),
    ("Jordan signed up for the weekly plan", "sales"),
    ("weekly planning w/ the crew", "other"),
    ("phone w/ Julie re: reunion shirts", "sales"),
    ("answered phones at the front desk", "other"),
    ("pH + temp logs for the inspector", "other"),
    ("researched how many campgrounds are within 40 mi", "marketing"),
    ("filed 1099s for 2 contract researchers", "other"),
    ("got featured in the Courier's weekend column", "marketing"),
    ("booked flights + hotel for the trade conference", "other"),
    # later rounds: machines, shells, concerts, our own deposits and a sale that is an event
    ("press #4 clutch repair, down 6 hrs", "other"),
    ("sent the press release to 3 papers", "marketing"),
    ("deep cleaned the bar + washed all the shells", "other"),
    ("summer concert series sponsor", "marketing"),
    ("deposited the week's cash at the bank", "other"),
    ("took a $500 deposit from the Lees", "sales"),
    ("Raw Fury came back at 60/40, countered at 70/30", "sales"),
    ("compared 3 rivals' prices to ours", "marketing"),
    ("paid the 5 sale workers", "other"),
    ("she said the other guy is cheaper, showed her our warranty", "sales"),
    ("sponsored the chamber lunch, logo on the slides", "marketing"),
    # a mailing to a counted list is a campaign, to a named buyer it is not
    ("email to 800 past buyers: 10% off all week", "marketing"),
    ("texted 300 past clients: open slots this Saturday", "marketing"),
    ("sample books mailed to 200 schools", "marketing"),
    ("Mailchimp to 1,840 past guests", "marketing"),
    ("emailed Dana the $2,400 quote", "sales"),
    ("ordered 500 postcards from the printer", "marketing"),
    ("paid the $1,200 printing invoice", "other"),
    ("LinkedIn: palletizing cell video - 8k views", "marketing"),
    ("Harlow PO rec'd - $274k", "sales"),
    # customers renew with us; we renew our own cover, licences and tools
    ("renewed contract w/ Hope Hospice for another yr", "sales"),
    ("renewed the Garden Club's annual rental of our hall", "sales"),
    ("renewed liability ins w/ Hiscox, $412/yr", "other"),
    ("renewed the DEA registration", "other"),
    # buyers deciding, joining and signing, however it is written
    ("he's deciding between us and the resort guides", "sales"),
    ("offered Dan $150/mo since he's a teacher, he joined", "sales"),
    ("I let him pay in 2 part and he sign up", "sales"),
    ("got us listed in the state film commission production guide", "marketing"),
    ("negotiated a lower price on wood chips w/ Hartman Mulch", "other"),
    ("the school wanted a lower price on the field trip, settled at $150", "sales"),
    ("sent the coat for the ramp to the Hallorans, it came to 4800", "sales"),
    # CRM outcomes, trade shorthand and counted lists
    ("lost - Pinecrest went w/ the other mill, cheaper", "sales"),
    ("Won Fiberlink MSA, 1 yr", "sales"),
    ("walkthru Ng bsmt, 2 windows, measured grade", "sales"),
    ("set std $38/lf french drain", "marketing"),
    ("made a list of 35 wedding planners in the metro to approach", "marketing"),
    ("made the staff list for camp week", "other"),
    ("Ordered 2 tons of feed from the mill, price up 6%", "other"),
    ("booked a table at the Fiber Arts Fair", "marketing"),
    ("Handed out 500 menus in the apartments around campus", "marketing"),
    ("chamber mixer, handed out 20 cards, 2 asked about catering", "sales"),
    # networking counted in people met; events counted in people who came
    ("landlord assoc mtg, met 4 landlords w/ damp units", "sales"),
    ("startup meetup, met 2 ecom founders, 1 wants a call", "sales"),
    ("Open house night for prospective families, 40 attended", "marketing"),
    ("Checked 4 area day camps' pricing + show offerings", "marketing"),
    ("Sorted 30 parent inquiries by age, flagged 12 ready for intake", "marketing"),
    # British, Australian and Indian English
    ("Quoted builder for wall sawing 3 doorways, $4,800 + GST", "sales"),
    ("Submitted tender to the council for bushcare, 3 yr term", "sales"),
    ("Booked stall at Texworld Paris", "marketing"),
    ("Topped up hipages lead credits $200", "marketing"),
    ("Ute tyres & rego $980", "other"),
    # a count is not "many": the principle "one to many" needs the words
    ("Invoiced 8 grocery accounts, chased the one that's 45 days overdue", "other"),
    # booking a provider or a place for ourselves is not a customer's booking
    ("booked the plumber for the water heater Thurs", "other"),
    ("Booked court time at rec center, $4,800 for season", "other"),
    ("the Hendersons booked the hall for June 3", "sales"),
    # purchase orders come from customers; better prices and reps' discounts are bought
    ("got PO from Caterpillar for fatigue testing, $18k", "sales"),
    ("asked Fisher Scientific rep for better pricing on reagents", "other"),
    ("got the WorldPac rep to take 12% off the brake pads", "other"),
    ("Trial lesson - Greta", "sales"),
    ("free trial class flyers at elem schools", "marketing"),
    ("Renewal 10-pack - Mr. Tanaka", "sales"),
    ("Lunch w/ Tom at First American Title re: sending each other referrals", "marketing"),
    ("Checked exam fees at 4 clinics nearby, we're $8 under avg", "marketing"),
    ("posted per-sheet cutting rates on site", "marketing"),
    ("On-site assessment Colton line 2", "other"),
    # online sellers, kitchens and formal writers
    ("DM'd shopper w/ $52 abandoned cart re: her q on shipping time", "sales"),
    ("built the abandoned cart flow in Klaviyo", "marketing"),
    ("Customer asked if safe for sensitive skin before ordering, sent ingredients", "sales"),
    ("Updated tags on 12 listings: custom pet portrait, dog memorial gift", "marketing"),
    ("Logged Etsy fees + Creative Market cut", "other"),
    ("86'd oxtail 6:30, upping par for wknd", "other"),
    ("Margaret called re: 80th bday tea for 20, sent pkg $38pp", "sales"),
    ("Telephoned Mrs. Gault to ask whether she will want her room again", "sales"),
    ("Placed an advertisement in the Sunday Journal for our fur storage", "marketing"),
    ("Decided to carry log splitters this fall", "marketing"),
    # work done on a client's behalf, and the reps who sell to us
    ("Negotiated the fee schedule w/ Cigna on behalf of Harbor Dermatology", "other"),
    ("Mtg w/ DJI Enterprise distributor rep re: dealer pricing tiers", "other"),
    ("Surveyed 45 shippers on how they audit freight bills today", "marketing"),
    ("Sent Marcus a written qute for scar camouflage, $900", "sales"),
    # amounts of work done, and interviews: a hire, the press or a buyer's committee
    ("smoked 90 lbs of brisket for the weekend", "other"),
    ("rebuilt the gearbox, 6 hrs", "other"),
    ("Rosa's chef wants 20 lbs/wk of heirlooms, quoted her $4/lb", "sales"),
    ("interviewed 3 candidates for the front desk", "other"),
    ("phone interview w/ the Herald about our 25th year", "marketing"),
    ("interview w/ the school board's selection committee", "sales"),
    # samples left with one buyer, stall sales, product decisions, talks to audiences
    ("dropped samples at the Oak St deli for the owner", "sales"),
    ("woman asked if it's dishwasher safe, showed her the glaze, bought 2", "sales"),
    ("decided to stock a gluten-free line next spring", "marketing"),
    ("paid for a listing in the Visit Devon guide", "marketing"),
    ("showed the couple round the barn before they book", "sales"),
    ("got the new ride on the front page of the Courier", "marketing"),
    ("Presented a seminar for HR managers on leave law; thirty attended", "marketing"),
    ("Completed the annual ethics course for my licence", "other"),
    ("Sent a letter to forty property managers describing our services", "marketing"),
    ("paid $60 booth fee for the spring craft fair", "other"),
    ("negotiated the Shenzhen factory down to a 300 pc MOQ", "other"),
    # trial users, referral partners, replies to buyers, buyers' standing orders, mileage
    ("onboarding call w/ trial user Dana so she converts to paid", "sales"),
    ("the dance studio agreed to refer parents to us, we send ours to them", "marketing"),
    ("replied to 4 DMs asking about Saturday slots", "sales"),
    ("dropped off cards at the two pet shops on Main", "marketing"),
    ("Chef Amir wants 6 cases/wk of microgreens from June", "sales"),
    ("logged 140 mi for the week", "other"),
    ("set the retail price of honey at $9/lb", "marketing"),
    # British building messages, offers to one buyer, our own bookings, class re-enrolment
    ("rang the 4 builders who replied to the mailshot", "sales"),
    ("QS reckons we're 5% high, explained the spec is better", "sales"),
    ("offered the Greens £800 each if they do both sides", "sales"),
    ("offered the site manager role to Tom", "other"),
    ("chased the builder for our retention, 60 days late", "other"),
    ("crane booked for Thursday, 8am", "other"),
    ("ask Zara's mum if she's continuing next term", "sales"),
    ("reply to web enquiry about Saturday spaces", "sales"),
    ("DBS check for the new assistant", "other"),
    ("stand at the Self Build Show w/ the architects", "marketing"),
    ("upsell Harbor Bank: add 4 short cutdowns for their socials", "sales"),
    ("Membership drive mailer to every farm in the county", "marketing"),
    # shop windows, cashing up, price matching, menu additions, Spanish words
    ("Priya did the window w/ the new autumn scarves", "marketing"),
    ("Sam - cashed up, £840", "other"),
    ("Halfords are cheaper on the pumps, matching them from Monday", "marketing"),
    ("added brisket tacos to the menu at $14", "marketing"),
    ("asked 15 regulars if they'd want a Sunday brunch", "marketing"),
    ("llamé a la señora Ruiz re: pastel for her quince, 80 ppl", "sales"),
    # returning customers, budgets, referral packets
    ("emailed the Hilton events mgr about booking us again for the spring gala", "sales"),
    ("the Smiths said we're over budget, offered 3 hrs instead of 4", "sales"),
    ("asked 4 venues to put our card in their preferred vendor packets", "marketing"),
    # formal daybooks: partners, stands, product decisions, past customers
    ("Agreed with the florist that she will hand out our leaflet and we shall recommend her",
     "marketing"),
    ("Took a stand at the County Show and displayed four saddles", "marketing"),
    ("Decided to make a lighter model for younger riders at £350", "marketing"),
    ("Wrote to Mrs. Hale, who bought a clock from us in 2020, to ask whether she would like it "
     "serviced", "sales"),
    # practitioners' sessions, referral deals, prices decided, BAS and letterbox drops
    ("11 coaching calls this wk", "other"),
    ("IAT CPD webinar 2 hrs", "other"),
    ("deal w/ the bike shop: they recommend us to every buyer, we send riders back", "marketing"),
    ("Decided new rate ₹30 per page for colour prints", "marketing"),
    ("WhatsApp status - fresh jalebi every evening", "marketing"),
    ("BAS lodged for the quarter", "other"),
    ("letterbox drop, 800 menus in Ponsonby", "marketing"),
    # Faire, the wholesale marketplace, is not a fair; platform fees are finance
    ("listed the new planters on Faire w/ lifestyle photos", "marketing"),
    ("Faire payouts logged, $4,100", "other"),
    ("eBay fees for March $212", "other"),
    ("Attended the chamber breakfast and spoke with two owners who need a new accountant", "sales"),
    # a channel named beside a selling word: the channel decides
    ("new tour descriptions on the website", "marketing"),
    ("Sponsored the 5K, our logo on the shirts, signed on for next year", "marketing"),
    ("FB post: the new fall jackets are in", "marketing"),
    ("business rates £540", "other"),
    # a call is one-to-one unless it is to our own suppliers, help desks or officials
    ("call w/ fleet mgr @ Brooks Electric re 14 trucks", "sales"),
    ("oven 2 down, called the Hobart tech", "other"),
    # fallbacks: what a customer wants or asked; things made or written; records kept
    ("Crest asked to go quarterly, revised to 120 shops", "sales"),
    ("made 40 pies for the booster game", "other"),
    ("wrote Act 2 of the new script", "other"),
    ("updated the allergen spreadsheet", "other"),
    # talks given to groups reach many people; talking to one person is selling
    ("talk at the historical society, 50 there", "marketing"),
    ("talked to the GM at Planet Fitness about swapping their units", "sales"),
    # non-profits: an application to one funder is an ask; trustees' business is admin
    ("grant application to the Almshouse Association fund, £50k", "sales"),
    ("trustee mtg, signed off accounts + risk register", "other"),
    # an order from a supplier is purchasing; printed marketing stays marketing
    ("Order 2,000 clamshells from Packaging Corp", "other"),
    ("ordered 500 postcards from the printer", "marketing"),
    # word pairs that are one label nineteen times in twenty
    ("met w/ the office mgr at Dunmore Law about a standing order", "sales"),
    ("gave Camp Wildwood 10% off to win the whole summer", "sales"),
    ("updated the services page", "marketing"),
    # health practices: prior authorisations and posted payments are finance
    ("prior auth for Blue Cross, sent PHQ-9", "other"),
    ("Medicaid payment posted, $8,220", "other"),
    # listings on a maker's or utility's contractor locator are marketing channels
    ("now on Mitsubishi's find-a-contractor map", "marketing"),
    # a price set for everyone: "now $35", "stays £60"; a talk with one customer is sales
    ("zippers now $35 flat", "marketing"),
    ("team fee stays £60 for the season", "marketing"),
    ("bench fee raised to $50", "marketing"),
    ("talked a lady into the 6-pack instead of 2 bars", "sales"),
    ("expo - chatted w/ 6 dealer reps, 2 meetings set up next wk", "sales"),
    ("sponsorship mtg w/ Pritchard Law about the children's tent", "sales"),
    # the owner as a buyer, a club's books, a market run
    ("called the supplier about the missing 25kg oats", "other"),
    ("club accounts brought up to date", "other"),
    ("market run - 50lb rice, goat meat, palm oil", "other"),
    ("booked courier, packed 6 shades in double boxes", "other"),
    # pieces written for the paper, bulletins, pricing rates
    ("wrote a piece for Motorcycle News about what we do", "marketing"),
    ("announcement in Sunday bulletin for the car wash", "marketing"),
    ("rates: $65 first 10 mi, $3/mi after", "marketing"),
    ("called 3 other roofers pretending to be a homeowner to see what they charge", "marketing"),
    # "selling" as what sells in general; "sold" as one sale
    ("stopped selling the budget range, margins too thin", "marketing"),
    ("3-class bundle at $90 instead of selling singles", "marketing"),
    # "dropping" a line or a price is a decision about the offer; a connection dropping is IT
    ("dropping the 16oz jar, nobody buys it", "marketing"),
    ("dropping croissants to $3.50 to match the supermarket", "marketing"),
    ("card reader kept dropping wifi, rang support", "other"),
    # haggling over what we buy is purchasing; with a customer, a sale
    ("haggled with the timber merchant over the decking price", "other"),
    ("bought 30 crates from the wholesaler, haggled free delivery", "other"),
    ("haggled with Mrs Dunn over the sofa, settled at £400", "sales"),
    # a CRM's passwords are IT; a campsite's pitches are grass, not sales pitches
    ("reset the CRM passwords for the new starter", "other"),
    ("mowed the pitches before the weekend", "other"),
    ("marked out the pitches on the rec", "other"),
    ("pitched the loft conversion to Mr Ahmed", "sales"),
    # thanking the one person who referred someone; a partner who will refer many
    ("sent a bottle of wine to Mrs Hale for referring her sister", "sales"),
    ("met the school counsellor about referring kids to our tutoring", "marketing"),
    # bookings in the plural are a calendar to run; one customer's booking is a yes
    ("set up Calendly for lesson bookings", "other"),
    ("moved all the bookings to the new system", "other"),
    ("phone bookings - 12 today for the Christmas menu", "sales"),
    ("Mrs Ford booked the function room for June", "sales"),
    # the main act decides; a quick act after "then" is an aside
    ("saw 12 patients back to back, then quickly posted the bank holiday hours on Facebook",
     "other"),
    ("redid the window for the spring sale, then quickly rang the wholesaler about a box",
     "marketing"),
    # a property closing at the title company is the paid job; a deal closed is a sale
    ("called the title co about missing HOA docs for the Tuesday closing", "other"),
    ("prepared the closing binder for the Hale sale", "other"),
    ("closed the deal with the Parkers, signed today", "sales"),
    # a shop window dressed for a season draws passers-by; windows fitted are the job
    ("winter window: heated gloves and thermal layers on the dummies", "marketing"),
    ("fitted 5 windows at the Browns", "other"),
    # a client's site, campaign or brand is work done for them; a post about their win is ours
    ("edited the client's email sequence, 5 emails", "other"),
    ("moodboards for the client's rebrand", "other"),
    ("LinkedIn post on a client's grant win (they said ok to name them)", "marketing"),
    ("sold Mrs Patel the 10-class pack", "sales"),
    # a recall to all who are due; a paper doing a piece on us
    ("sent recall sms to everyone due for a check-up", "marketing"),
    ("rang the Echo about doing a piece on our 10th birthday", "marketing"),
    # jobs passed to each other, or a deal "vice versa", is a referral swap; a customer passing
    # our number on is word of mouth
    ("agreed with the electrician: he'll pass jobs to us and we pass him the wiring work",
     "marketing"),
    ("the gym sends members to us for massages and vice versa", "marketing"),
    ("asked Tom to pass my number on to his neighbour", "sales"),
    # "said it's expensive" and a little off is an objection met (Hinglish "mehenga", "kam")
    ("customer bola mehenga hai, 200 kam kiya, le gaya", "sales"),
    # Hindi, Spanish, German, Portuguese, French and Dutch words of this session
    ("godown ka kiraya diya", "other"),
    ("aaspaas ki dukaano ka rate pata kiya", "marketing"),
    ("le marqué a una clienta de siempre pa avisarle que llegó el vestido", "sales"),
    ("le reclamé al proveedor por la factura mal hecha", "other"),
    ("Stellenanzeige für Verkäuferin geschrieben", "other"),
    ("balança quebrada, chamar assistência", "other"),
    ("débouchage canalisation chez Mme Roux", "other"),
    ("gestion locative: quittances envoyées", "other"),
    ("hagen geschoren bij de familie Peeters", "other"),
    # an application to a lottery fund or trust is a bid to one funder; to the council, a permit
    ("Heritage Lottery application for the new roof", "sales"),
    ("road closure application to the council", "other"),
    # a call to the fridge engineer is upkeep; being on call is a roster
    ("called the fridge engineer for the walk-in", "other"),
    ("on call shift tonight, 2 callouts", "other"),
    # a price "for everyone"; a health inspection; theft and the camera
    ("summer special for everyone: cut and blow-dry $45", "marketing"),
    ("environmental health visit this morning, all fine", "other"),
    ("two phone cases nicked, checked the CCTV", "other"),
    # layaway and an item held till payday are a customer's yes; handbills are flyers
    ("set up layaway for the cot, 4 payments", "sales"),
    ("held the red coat for Jess until payday", "sales"),
    ("printed handbills with our phone number", "marketing"),
    # going to see how much others charge; goods set out by the roadside
    ("fui a ver a cuánto tiene la otra panadería el pan dulce", "marketing"),
    ("put the finished benches out by the roadside", "marketing"),
    # a discount someone "said" (Hinglish "bola") is for one customer; a Hinglish "advance" is
    # the customer's deposit
    ("regular trucker ko bola next time family laao, dessert free", "sales"),
    ("Sharma ji ki shaadi ka kaam, 20000 advance de gaye", "sales"),
    # "calle" is a street, not "call"; Tagalog "ng" is "of"; French "engagé" is hired
    ("pintar el piso de la calle Alcalá", "other"),
    ("nagpagawa ng tarp ng mga pumasa sa board exam", "marketing"),
    ("engagé 2 moniteurs pis un patrouilleur", "other"),
    # more words: Dutch, Portuguese, Malay, German
    ("inventaris magazijn gedaan", "other"),
    ("folga do Nuno no sábado, fazer horários", "other"),
    ("kaji yuran tadika lain sekitar Bangi", "marketing"),
    ("Messestand Bauen und Wohnen Salzburg", "marketing"),
    # an offer made to one person ("le ofrecí", "X ji ko"); a fault back again and a call to fix
    # it
    ("a la novia le ofrecí agregar la mesa de postres, dijo que sí", "sales"),
    ("Mehta ji ko naya model dikhaya, kal aayenge", "sales"),
    ("walk-in freezer iced up again, called the fridge guy", "other"),
]


@pytest.mark.parametrize(("text", "label"), PHRASES)
def test_owner_wording(text, label):
    assert CLASSIFIER.classify(text).label == label


@pytest.mark.parametrize("text", [text for text, _ in PHRASES])
def test_every_tag_names_a_rule_a_source_and_a_reason(text):
    result = CLASSIFIER.classify(text)
    assert result.rules and result.rules[0] == result.winner.rule.id
    assert result.sources[0] in CLASSIFIER.ruleset.documents
    assert result.explanation.startswith(result.winner.rule.explanation)


@pytest.mark.parametrize(("name", "accuracy", "unclassified"), [
    ("devset.tsv", 0.93, 0.03),
    # 50 unusual trades, written later: 79.8 % before its lines were read, 84 % after one round.
    ("devset-unusual.tsv", 0.83, 0.06),
    # 50 more (blacksmith, freight broker, doula...): 81.0 % before its lines were read.
    ("devset-unusual2.tsv", 0.84, 0.07),
    # 50 everyday trades written blind on 2026-11-26: 87.4 % before its lines were read.
    ("devset-everyday.tsv", 0.92, 0.03),
    # 50 more everyday trades (deli, tailor, pool service...): 79.8 % before its lines were read.
    ("devset-everyday2.tsv", 0.83, 0.05),
    # 50 more (butcher, barber, orthodontist, food pantry...): 83.0 % before its lines were read.
    ("devset-everyday3.tsv", 0.87, 0.05),
    # 50 online shops, professional services, non-profits: 82.2 % before its lines were read.
    ("devset-everyday4.tsv", 0.84, 0.05),
    # 50 shops, rentals, stables, outfitters...: 83.4 % before its lines were read.
    ("devset-everyday5.tsv", 0.84, 0.06),
    # 25 farms, yards and field trades (sawmill, gunsmith, dock builder...): 85.0 % first.
    ("devset-everyday6.tsv", 0.89, 0.04),
    # 25 professional, wellness, school and hospitality kinds (motel, flight school...): 89.2 %.
    ("devset-everyday7.tsv", 0.90, 0.04),
    # 25 B2B, repair, transport, care and membership kinds (trucking, credit union...): 85.4 %.
    ("devset-everyday8.tsv", 0.89, 0.04),
    # 25 food makers, entertainment, home services and creative studios (magician...): 86.6 %.
    ("devset-everyday9.tsv", 0.88, 0.04),
    # 25 trades, small makers, farms and clubs (glazier, pallet maker, hop farm...): 86.4 %.
    ("devset-everyday10.tsv", 0.87, 0.05),
    # 25 shops, personal services, clinics and online sellers (vape shop, eBay reseller...): 89.4 %.
    ("devset-everyday11.tsv", 0.90, 0.03),
    # 25 hospitality, food, tourism, arts and sports kinds (dude ranch, opera company...): 86.6 %.
    ("devset-everyday12.tsv", 0.89, 0.03),
    # 25 professional, tech, finance, real estate, building and school kinds: 84.4 %.
    ("devset-everyday13.tsv", 0.84, 0.05),
    # 25 mostly common kinds, A to L (auto parts store, gas station, kebab shop...): 90.6 %.
    ("devset-everyday14.tsv", 0.90, 0.03),
    # 25 mostly common kinds, M to Z (Thai restaurant, optician, pool builder...): 88.4 %.
    ("devset-everyday15.tsv", 0.88, 0.03),
    # 25 common kinds A to L, a third in full sentences (alarm company, burger joint...): 88.0 %.
    ("devset-everyday16.tsv", 0.87, 0.03),
    # 25 common kinds M to Z, a third in full sentences (oil change shop, RV park...): 87.4 %.
    ("devset-everyday17.tsv", 0.87, 0.04),
    # 25 food, drink, hospitality and leisure kinds (dim sum, corn maze, tiki bar...): 86.8 %.
    ("devset-everyday18.tsv", 0.90, 0.03),
    # 25 trades, home, auto and farm kinds (radon mitigation, brake shop, harvester...): 90.0 %.
    ("devset-everyday19.tsv", 0.91, 0.03),
    # 25 health, beauty, childcare and teaching kinds (reiki, au pair agency...): 88.8 %.
    ("devset-everyday20.tsv", 0.90, 0.03),
    # 25 professional, B2B, charity and shop kinds (mediator, diaper bank, kite shop...): 91.2 %.
    ("devset-everyday21.tsv", 0.91, 0.03),
    # 25 of the most ordinary kinds, half in full sentences (corner deli, tavern...): 82.6 %.
    ("devset-everyday22.tsv", 0.84, 0.04),
    # 25 one- and two-person businesses in time-tracker shorthand (harpist...): 85.0 %.
    ("devset-everyday23.tsv", 0.85, 0.08),
    # 25 firms selling to businesses and institutions (fastener distributor...): 84.0 %.
    ("devset-everyday24.tsv", 0.87, 0.03),
    # 25 community and membership organisations (Elks lodge, rowing club...): 83.2 %.
    ("devset-everyday25.tsv", 0.86, 0.03),
    # 25 manufacturers, distributors and trade contractors, deals both ways: 85.4 %.
    ("devset-everyday26.tsv", 0.86, 0.03),
    # 25 main-street shops, restaurants and clinics, mostly full sentences: 93.6 %.
    ("devset-everyday27.tsv", 0.93, 0.02),
    # 25 kinds from any sector, written as calendar and to-do titles: 91.6 %.
    ("devset-everyday28.tsv", 0.92, 0.03),
    # 25 home-based, online and creative businesses (YouTube creator, PPC agency...): 84.8 %.
    ("devset-everyday29.tsv", 0.85, 0.04),
    # 25 kinds from any sector in terse log style with times (water taxi...): 91.2 %.
    ("devset-everyday30.tsv", 0.92, 0.03),
    # 25 kinds typed in a hurry, a typo in one line of four (coin dealer...): 89.8 %.
    ("devset-everyday31.tsv", 0.90, 0.03),
    # 25 law, accounting, insurance, engineering and health practices: 86.8 %.
    ("devset-everyday32.tsv", 0.87, 0.05),
    # 25 farms, ranches, outdoor and tourism businesses (bison ranch...): 91.8 %.
    ("devset-everyday33.tsv", 0.93, 0.02),
    # 25 unusual but real kinds from any sector (milliner, marine surveyor...): 89.8 %.
    ("devset-everyday34.tsv", 0.90, 0.03),
    # 25 services that go to the customer (backflow tester, hoof trimmer...): 91.2 %.
    ("devset-everyday35.tsv", 0.92, 0.03),
    # 25 makers and shops (broom maker, tofu shop, magic shop...): 91.0 %.
    ("devset-everyday36.tsv", 0.93, 0.03),
    # 25 shops, food and personal services A to M (kava bar, maid service...): 94.0 %.
    ("devset-everyday37.tsv", 0.94, 0.02),
    # 25 shops, food and personal services N to Z, mostly full sentences: 91.8 %.
    ("devset-everyday38.tsv", 0.92, 0.03),
    # 25 trades, B2B services and firms A to M as calendar titles: 90.0 %.
    ("devset-everyday39.tsv", 0.90, 0.03),
    # 25 trades, B2B services, non-profits and firms N to Z: 88.4 %.
    ("devset-everyday40.tsv", 0.88, 0.02),
    # 25 kinds from any sector A to H (cattery, drone light show company...): 92.2 %.
    ("devset-everyday41.tsv", 0.92, 0.03),
    # 25 kinds from any sector I to Q (lobster pound, mini storage...): 92.8 %.
    ("devset-everyday42.tsv", 0.92, 0.03),
    # 25 kinds from any sector R to Z (rodeo arena, wool mill...): 93.2 %.
    ("devset-everyday43.tsv", 0.93, 0.02),
    # 25 kinds A to F, dictated by voice ("sent the coat" for "quote"): 87.4 %.
    ("devset-everyday44.tsv", 0.88, 0.02),
    # 25 kinds G to L, a staff team's shared log ("Priya: ..."): 90.2 %.
    ("devset-everyday45.tsv", 0.89, 0.01),
    # 25 kinds M to R, exported to-do items, many sold to firms: 89.2 %.
    ("devset-everyday46.tsv", 0.89, 0.05),
    # 25 kinds S to Z, owners writing English as a second language: 89.6 %.
    ("devset-everyday47.tsv", 0.90, 0.02),
    # 25 kinds A to F, end-of-day recaps with reasons and outcomes: 88.6 %.
    ("devset-everyday48.tsv", 0.89, 0.02),
    # 25 kinds G to M, calendar titles and CRM notes ("lost - went w/ ..."): 86.0 %.
    ("devset-everyday49.tsv", 0.88, 0.03),
    # 25 kinds N to S, half clubs and charities, a director's notes: 89.0 %.
    ("devset-everyday50.tsv", 0.89, 0.03),
    # 25 trades typed between jobs ("walkthru Novak 10am", "set std $38/lf"): 88.2 %.
    ("devset-everyday51.tsv", 0.92, 0.04),
    # 25 kinds A to F in British, Australian and Indian English ("rang", "tender", "+ GST"): 85.6 %.
    ("devset-everyday52.tsv", 0.88, 0.03),
    # 25 freelancers and agencies whose paid work is marketing for clients: 76.2 %.
    ("devset-everyday53.tsv", 0.76, 0.04),
    # 25 kinds N to S in long sentences with side details of other hats: 88.6 %.
    ("devset-everyday54.tsv", 0.88, 0.01),
    # 25 health, teaching, care and faith kinds T to Z, a practice manager's notes: 88.4 %.
    ("devset-everyday55.tsv", 0.89, 0.03),
    # 25 ordinary main-street kinds A to L, shorthand, sentences and calendar titles: 91.6 %.
    ("devset-everyday56.tsv", 0.91, 0.04),
    # 25 ordinary main-street kinds M to Z, the same mix: 94.8 %.
    ("devset-everyday57.tsv", 0.94, 0.02),
    # 25 firms selling to firms, a third of the lines buying with the same words: 84.8 %.
    ("devset-everyday58.tsv", 0.87, 0.02),
    # 25 one- to five-person services as a time sheet's "what" column: 90.8 %.
    ("devset-everyday59.tsv", 0.91, 0.04),
    # 25 online sellers (Etsy, Amazon, Faire, subscription boxes): 80.4 %.
    ("devset-everyday60.tsv", 0.84, 0.04),
    # 25 restaurants, bars and caterers in kitchen slang ("86'd", "par", "FOH"): 85.6 %.
    ("devset-everyday61.tsv", 0.88, 0.04),
    # 25 home and property services typed on a phone between jobs: 95.0 %.
    ("devset-everyday62.tsv", 0.94, 0.02),
    # 25 kinds run by older owners in full, formal words ("Telephoned Mrs. Abbott"): 81.8 %.
    ("devset-everyday63.tsv", 0.84, 0.04),
    # 25 professional practices whose paid work looks like finance, law or selling: 84.0 %.
    ("devset-everyday64.tsv", 0.84, 0.03),
    # 25 trades, repair and installation kinds, mixed styles: 92.8 %.
    ("devset-everyday65.tsv", 0.92, 0.03),
    # 25 health, beauty and fitness kinds, mixed styles: 91.4 %.
    ("devset-everyday66.tsv", 0.91, 0.03),
    # 25 retail shops and showrooms, buying from reps as well as selling: 87.2 %.
    ("devset-everyday67.tsv", 0.87, 0.03),
    # 25 makers selling at markets, to shops and online, typed between stalls: 86.4 %.
    ("devset-everyday68.tsv", 0.91, 0.03),
    # 25 licensed practices and advisers, principals writing formally: 80.4 %.
    ("devset-everyday69.tsv", 0.83, 0.04),
    # 25 makers and distributors that sell to firms and buy from suppliers: 90.4 %.
    ("devset-everyday70.tsv", 0.91, 0.03),
    # 25 tourism, hospitality and leisure kinds, a weekly update to a partner: 86.6 %.
    ("devset-everyday71.tsv", 0.87, 0.04),
    # 25 tiny software and online-service firms, a founder's log in startup jargon: 87.0 %.
    ("devset-everyday72.tsv", 0.88, 0.04),
    # 25 transport and logistics kinds, a dispatcher's log with times: 89.4 %.
    ("devset-everyday73.tsv", 0.89, 0.03),
    # 25 household and personal services, the week's texts pasted in: 88.8 %.
    ("devset-everyday74.tsv", 0.90, 0.04),
    # 25 farms and growers, a notebook typed up at night: 85.0 %.
    ("devset-everyday75.tsv", 0.86, 0.06),
    # 25 associations, clubs and small charities, a director's report to the board: 89.0 %.
    ("devset-everyday76.tsv", 0.89, 0.03),
    # 25 creative studios whose paid work is marketing for clients, task-board titles: 80.2 %.
    ("devset-everyday77.tsv", 0.80, 0.03),
    # 25 British building and property kinds, end-of-day messages to a partner: 79.6 %.
    ("devset-everyday78.tsv", 0.83, 0.05),
    # 25 nurseries, clubs, camps and tutors, calendar entries and to-dos: 85.6 %.
    ("devset-everyday79.tsv", 0.87, 0.06),
    # 25 neighbourhood businesses of bilingual owners, Spanish words mixed in: 91.4 %.
    ("devset-everyday80.tsv", 0.92, 0.03),
    # 25 consultants and coaches whose paid advice is about marketing or sales: 84.4 %.
    ("devset-everyday81.tsv", 0.84, 0.03),
    # 25 British shops and food businesses, a staff handover log: 81.8 %.
    ("devset-everyday82.tsv", 0.84, 0.05),
    # 25 varied kinds in plain, ordinary time-log entries: 93.4 %.
    ("devset-everyday83.tsv", 0.93, 0.02),
    # 25 animal and pet businesses, three owners' styles mixed: 91.0 %.
    ("devset-everyday84.tsv", 0.90, 0.04),
    # 25 events and entertainment kinds, a notes app of client names and to-dos: 89.6 %.
    ("devset-everyday85.tsv", 0.90, 0.05),
    # 25 kinds in lines of one to five words: 92.4 %.
    ("devset-everyday86.tsv", 0.92, 0.05),
    # 25 old family firms, an owner's daybook in formal sentences: 82.0 %.
    ("devset-everyday87.tsv", 0.85, 0.04),
    # 25 solo health and wellness practitioners, an ordinary weekly log: 90.0 %.
    ("devset-everyday88.tsv", 0.90, 0.02),
    # 25 trade firms, the office manager's log of crews and office: 87.6 %.
    ("devset-everyday89.tsv", 0.87, 0.02),
    # 25 Australian and New Zealand food and drink businesses, local slang: 88.8 %.
    ("devset-everyday90.tsv", 0.89, 0.04),
    # 25 Indian shops and services in Indian English (Rs, GST, WhatsApp status): 81.4 %.
    ("devset-everyday91.tsv", 0.83, 0.05),
    # 25 agencies and freelancers whose paid work is marketing for clients: 77.2 %.
    ("devset-everyday92.tsv", 0.77, 0.02),
    # 25 varied kinds in plain, ordinary time-log entries: 92.0 %.
    ("devset-everyday93.tsv", 0.92, 0.03),
    # 25 online sellers and e-commerce brands, daily notes: 81.6 %.
    ("devset-everyday94.tsv", 0.82, 0.05),
    # 25 professional practices, a senior partner's formal diary: 79.2 %.
    ("devset-everyday95.tsv", 0.80, 0.03),
    # 25 kinds as the subject lines of the week's sent emails: 86.8 %.
    ("devset-everyday96.tsv", 0.86, 0.05),
    # 25 kinds in a log kept for the bookkeeper, money in most lines: 90.4 %.
    ("devset-everyday97.tsv", 0.90, 0.05),
    # 25 kinds as the owner's messages in the staff chat: 89.6 %.
    ("devset-everyday98.tsv", 0.89, 0.03),
    # 25 common small-town Midwest kinds, plain time-log entries: 88.8 %.
    ("devset-everyday99.tsv", 0.88, 0.03),
    # 25 of the most common kinds in an ordinary weekly time log: 93.8 %.
    ("devset-everyday100.tsv", 0.95, 0.02),
    # 25 small non-profits and community groups, the coordinator's log: 81.4 %.
    ("devset-everyday101.tsv", 0.87, 0.03),
    # 25 kinds as a narrative journal, one first-person sentence a line: 89.0 %.
    ("devset-everyday102.tsv", 0.90, 0.03),
    # 25 kinds as the titles of calendar events: 90.2 %.
    ("devset-everyday103.tsv", 0.91, 0.04),
    # 25 B2B distributors, wholesalers and reps in CRM-style notes: 88.8 %.
    ("devset-everyday104.tsv", 0.90, 0.03),
    # 25 varied kinds in a plain, ordinary log: 89.6 %.
    ("devset-everyday105.tsv", 0.91, 0.03),
    # 25 kinds as cards on a team's task board: 86.8 %.
    ("devset-everyday106.tsv", 0.89, 0.04),
    # 25 common kinds dictated into a phone: 94.4 %.
    ("devset-everyday107.tsv", 0.94, 0.02),
    # 25 common kinds in one to six words a line: 88.6 %.
    ("devset-everyday108.tsv", 0.89, 0.04),
    # 25 stalls, shops and food businesses: 88.6 %.
    ("devset-everyday109.tsv", 0.91, 0.03),
    # 25 professional-service firms in timesheet style: 82.2 %.
    ("devset-everyday110.tsv", 0.84, 0.04),
    # 25 hands-on services: 92.0 %.
    ("devset-everyday111.tsv", 0.91, 0.05),
    # 25 common kinds in mixed styles: 92.8 %.
    ("devset-everyday112.tsv", 0.92, 0.03),
    # 25 construction and home-service trades: 89.8 %.
    ("devset-everyday113.tsv", 0.90, 0.04),
    # 25 solo creatives: 89.8 %.
    ("devset-everyday114.tsv", 0.91, 0.04),
    # 25 health practices: 87.6 %.
    ("devset-everyday115.tsv", 0.88, 0.03),
    # 25 education, childcare and sports clubs: 88.2 %.
    ("devset-everyday116.tsv", 0.89, 0.04),
    # 25 hospitality businesses: 92.6 %.
    ("devset-everyday117.tsv", 0.92, 0.03),
    # 25 common kinds in Canada and Ireland: 92.6 %.
    ("devset-everyday118.tsv", 0.92, 0.03),
    # 25 automotive, transport and logistics firms: 93.2 %.
    ("devset-everyday119.tsv", 0.92, 0.03),
    # 25 one-person side businesses in a phone notes app: 85.4 %.
    ("devset-everyday120.tsv", 0.87, 0.04),
    # 25 farms and small food producers: 92.4 %.
    ("devset-everyday121.tsv", 0.93, 0.03),
    # 25 common kinds of the US South and Southwest: 93.2 %.
    ("devset-everyday122.tsv", 0.92, 0.04),
    # 25 kinds as items of the weekly update to a business partner: 90.0 %.
    ("devset-everyday123.tsv", 0.91, 0.04),
    # 25 trades and shops in very terse shorthand: 86.6 %.
    ("devset-everyday124.tsv", 0.90, 0.05),
    # 25 online brands and shops on Amazon, Etsy, Shopify and TikTok Shop: 87.6 %.
    ("devset-everyday125.tsv", 0.88, 0.05),
    # 25 common kinds of a British high street or village: 89.8 %.
    ("devset-everyday126.tsv", 0.90, 0.04),
    # 25 small chains and franchises with two to six sites: 92.2 %.
    ("devset-everyday127.tsv", 0.92, 0.03),
    # 25 common kinds in Australia, local words: 92.8 %.
    ("devset-everyday128.tsv", 0.92, 0.03),
    # 25 beauty and personal-care studios: 92.4 %.
    ("devset-everyday129.tsv", 0.92, 0.04),
    # 25 agents and brokers paid on commission: 86.2 %.
    ("devset-everyday130.tsv", 0.86, 0.03),
    # 25 restaurants, cafes, bars and food trucks: 88.2 %.
    ("devset-everyday131.tsv", 0.88, 0.04),
    # 25 common kinds of the US Northeast and Mid-Atlantic: 93.0 %.
    ("devset-everyday132.tsv", 0.92, 0.03),
    # 25 independent shops: 84.4 %.
    ("devset-everyday133.tsv", 0.86, 0.03),
    # 25 home-based and in-home services: 93.8 %.
    ("devset-everyday134.tsv", 0.92, 0.02),
    # 25 kinds whose owners write in Spanish and English mixed: 84.0 %.
    ("devset-everyday135.tsv", 0.89, 0.06),
    # 25 common kinds in careful, rather formal sentences: 93.6 %.
    ("devset-everyday136.tsv", 0.92, 0.02),
    # 25 common kinds of the US West Coast and Pacific Northwest: 95.0 %.
    ("devset-everyday137.tsv", 0.94, 0.03),
    # 25 common non-profits, the director's or coordinator's log: 88.0 %.
    ("devset-everyday138.tsv", 0.87, 0.04),
    # 25 family businesses whose members sign their lines: 93.4 %.
    ("devset-everyday139.tsv", 0.92, 0.03),
    # 25 common kinds in hurried phone notes: 95.8 %.
    ("devset-everyday140.tsv", 0.94, 0.03),
    # 25 common kinds of the US Midwest in mixed styles: 94.0 %.
    ("devset-everyday141.tsv", 0.93, 0.03),
    # 25 shops, food and drink businesses: 88.8 %.
    ("devset-everyday142.tsv", 0.87, 0.05),
    # 25 trades and services, a plain weekly log: 90.6 %.
    ("devset-everyday143.tsv", 0.89, 0.04),
    # 25 trades and home services (repiping, culvert installer, hot tub mover...): 87.2 %.
    ("devset-everyday144.tsv", 0.88, 0.05),
    # 25 non-profits, clubs and faith groups: 89.4 %.
    ("devset-everyday145.tsv", 0.90, 0.04),
    # 25 professional services for a named market: 89.6 %.
    ("devset-everyday146.tsv", 0.88, 0.04),
    # 25 food makers, crafts and hospitality: 85.6 %.
    ("devset-everyday147.tsv", 0.88, 0.04),
    # 25 common kinds, written again: 92.4 %.
    ("devset-everyday148.tsv", 0.92, 0.02),
    # 25 farms, health, tutoring, transport, repairs and freelancers: 89.0 %.
    ("devset-everyday149.tsv", 0.89, 0.04),
    # 25 shops and personal services in clipped phone notes: 88.8 %.
    ("devset-everyday150.tsv", 0.88, 0.04),
    # 25 suppliers, makers and wholesalers selling to businesses: 90.6 %.
    ("devset-everyday151.tsv", 0.90, 0.02),
    # 25 charities, arts groups, sports clubs and societies: 83.6 %.
    ("devset-everyday152.tsv", 0.85, 0.05),
    # 25 practices and services sold to households, as a weekly diary: 87.8 %.
    ("devset-everyday153.tsv", 0.87, 0.02),
    # 25 common kinds of the UK, Ireland, Australia and Canada, in local words: 90.4 %.
    ("devset-everyday154.tsv", 0.89, 0.04),
    # 25 online businesses and freelancers: 86.4 %.
    ("devset-everyday155.tsv", 0.86, 0.03),
    # 25 everyday kinds, written again: 88.6 %.
    ("devset-everyday156.tsv", 0.88, 0.04),
    # trades, shops and food, services and non-profits, a third each: 88.8 %.
    ("devset-everyday157.tsv", 0.88, 0.04),
    # 25 of the most common US small businesses, typed at the end of the day: 90.2 %.
    ("devset-everyday158.tsv", 0.89, 0.03),
    # 25 everyday kinds as calendar entries and to-do items; no rules made from it: 88.8 %.
    ("devset-everyday159.tsv", 0.88, 0.03),
    # 25 owners with crews or staff; no rules made from it: 86.0 %.
    ("devset-everyday160.tsv", 0.85, 0.05),
    # 25 agencies and consultants, their clients' work as `other`; no rules made from it: 78.6 %.
    ("devset-everyday161.tsv", 0.78, 0.03),
    # 25 rare kinds in terse end-of-day timesheet notes (ocularist, umpire association...): 86.6 %.
    ("devset-everyday162.tsv", 0.85, 0.05),
    # 25 common kinds, US, UK, Canadian and Australian voices: 92.4 %.
    ("devset-everyday163.tsv", 0.91, 0.03),
    # 25 small food and craft makers selling to shops and at markets: 84.2 %.
    ("devset-everyday164.tsv", 0.83, 0.05),
    # 25 clubs, societies, school committees and charities: 85.4 %.
    ("devset-everyday165.tsv", 0.84, 0.04),
    # 25 rural trades and home services, dictated by voice: 92.6 %.
    ("devset-everyday166.tsv", 0.91, 0.04),
    # 25 health, care and teaching practices, a practice manager's notes: 89.8 %.
    ("devset-everyday167.tsv", 0.88, 0.03),
    # 25 firms selling services to businesses, CRM and Slack style: 89.4 %.
    ("devset-everyday168.tsv", 0.88, 0.03),
    # 25 British and Irish shops and leisure businesses, a weekly email to a partner: 88.6 %.
    ("devset-everyday169.tsv", 0.87, 0.04),
    # 25 common kinds typed late at night, US and UK spelling mixed: 92.6 %.
    ("devset-everyday170.tsv", 0.91, 0.02),
    # 25 home-based and online one-person businesses: 88.2 %.
    ("devset-everyday171.tsv", 0.87, 0.04),
    # 25 construction subcontractors in trade jargon: 88.8 %.
    ("devset-everyday172.tsv", 0.87, 0.06),
    # 25 food and drink businesses in an owner-chef's voice: 84.8 %.
    ("devset-everyday173.tsv", 0.83, 0.04),
    # 25 personal and household services in texted lowercase notes: 93.0 %.
    ("devset-everyday174.tsv", 0.92, 0.04),
    # 25 professional practices as billable-time entries, client work as `other`: 87.2 %.
    ("devset-everyday175.tsv", 0.86, 0.03),
    # 25 shops in Canada, New Zealand, South Africa and India, local words: 86.8 %.
    ("devset-everyday176.tsv", 0.85, 0.03),
    # 25 workshops, farms, fisheries and hauliers, written from the shop floor: 88.2 %.
    ("devset-everyday177.tsv", 0.87, 0.05),
    # 25 of the most common US kinds, a weekly log; scored as a check first: 93.8 %.
    ("devset-everyday178.tsv", 0.92, 0.02),
    # 25 kinds mixed: trades, shops and food, clubs and practices; scored as a check first: 90.4 %.
    ("devset-everyday179.tsv", 0.89, 0.03),
    # 25 common UK, Irish and Australian kinds, a diary shared by partners; a check first: 87.6 %.
    ("devset-everyday180.tsv", 0.86, 0.04),
    # 25 kinds with a few staff, the owner logging what staff did; a check first: 88.0 %.
    ("devset-everyday181.tsv", 0.87, 0.03),
    # 25 performers, studios and event organisers, client work as `other`: 81.6 %.
    ("devset-everyday182.tsv", 0.80, 0.05),
    # 25 of the most common kinds as transcribed voice memos: 93.2 %.
    ("devset-everyday183.tsv", 0.92, 0.02),
    # 25 wholesalers, distributors and small manufacturers in CRM notes: 88.8 %.
    ("devset-everyday184.tsv", 0.87, 0.04),
    # 25 tourism and outdoor businesses in New Zealand, Canada, Scotland and the Rockies: 92.2 %.
    ("devset-everyday185.tsv", 0.91, 0.03),
    # 25 shops, food and drink in US small towns, plain words; scored as a check first: 87.0 %.
    ("devset-everyday186.tsv", 0.86, 0.03),
    # 25 trades and repair services, a foreman's reports; scored as a check first: 89.0 %.
    ("devset-everyday187.tsv", 0.88, 0.03),
    # 25 non-profits and membership bodies; scored as a check first: 84.6 %.
    ("devset-everyday188.tsv", 0.83, 0.03),
    # 25 of the most common kinds as to-do and done items; scored as a check first: 95.0 %.
    ("devset-everyday189.tsv", 0.94, 0.02),
    # 25 service firms run by couples or two partners, a shared notebook: 89.0 %.
    ("devset-everyday190.tsv", 0.89, 0.03),
    # 25 community groups, co-ops and social enterprises in the UK, Ireland, Australia, US: 88.8 %.
    ("devset-everyday191.tsv", 0.89, 0.02),
    # 25 common everyday kinds, full sentences at the end of the day: 92.0 %.
    ("devset-everyday192.tsv", 0.91, 0.015),
    # 25 niche and collector shops in the US and Canada, phone shorthand: 86.6 %.
    ("devset-everyday193.tsv", 0.88, 0.03),
    # 25 food, drink and hospitality kinds in English-speaking countries: 88.6 %.
    ("devset-everyday194.tsv", 0.89, 0.03),
    # 25 rural contractors, trades and home services typed between jobs: 85.0 %.
    ("devset-everyday195.tsv", 0.85, 0.05),
    # 25 one-person health, teaching and creative practices, a first-person diary: 90.8 %.
    ("devset-everyday196.tsv", 0.91, 0.02),
    # 25 B2B and compliance firms in the US, UK and Australia, CRM notes: 87.6 %.
    ("devset-everyday197.tsv", 0.87, 0.04),
    # 25 online and hybrid sellers, app makers and course creators; scored as a check first: 85.2 %.
    ("devset-everyday198.tsv", 0.86, 0.03),
    # 25 of the most common kinds in four countries; scored as a check first: 90.0 %.
    ("devset-everyday199.tsv", 0.89, 0.02),
    # 25 clubs, churches, boosters and event organisers; scored as a check first: 82.8 %.
    ("devset-everyday200.tsv", 0.83, 0.06),
    # 25 firms with staff, the owner logging who did what; scored as a check first: 89.2 %.
    ("devset-everyday201.tsv", 0.88, 0.04),
    # 25 one-van home, garden, pet and vehicle services; a check of the session's rules: 90.8 %.
    ("devset-everyday202.tsv", 0.90, 0.04),
    # 25 main-street shops, studios and practices in the US and UK; a check first: 90.0 %.
    ("devset-everyday203.tsv", 0.89, 0.03),
    # 25 small makers selling wholesale and direct; scored as a check first: 89.4 %.
    ("devset-everyday204.tsv", 0.88, 0.03),
    # 25 professional practices as billable-time notes; scored as a check first: 86.8 %.
    ("devset-everyday205.tsv", 0.86, 0.04),
    # 25 small-town personal services, very terse shorthand; first 90.2 %.
    ("devset-everyday206.tsv", 0.90, 0.05),
    # 25 small manufacturers and labs selling to businesses, longer notes; first 89.4 %.
    ("devset-everyday207.tsv", 0.89, 0.03),
    # 25 non-profits, arts and faith groups with volunteers; first 86.6 %.
    ("devset-everyday208.tsv", 0.87, 0.03),
    # 25 tourism and seasonal businesses in four countries; first 91.4 %.
    ("devset-everyday209.tsv", 0.92, 0.03),
    # 25 home businesses run by parents and retirees, chatty sentences; first 88.4 %.
    ("devset-everyday210.tsv", 0.88, 0.02),
    # 25 professional firms doing their clients' work; first 85.2 %.
    ("devset-everyday211.tsv", 0.85, 0.03),
    # 25 allied-health and alternative-therapy practices; first 92.6 %.
    ("devset-everyday212.tsv", 0.93, 0.02),
    # 25 trade and construction firms on job-management apps; first 90.2 %.
    ("devset-everyday213.tsv", 0.90, 0.02),
    # 25 small businesses of the US Midwest and South; scored as a check first: 89.2 %.
    ("devset-everyday214.tsv", 0.89, 0.02),
    # 25 independent shops with staff in the UK and Ireland; a check first: 89.2 %.
    ("devset-everyday215.tsv", 0.89, 0.03),
    # 25 creative freelancers and small media studios; a check first: 85.4 %.
    ("devset-everyday216.tsv", 0.85, 0.06),
    # 25 food and drink producers and market traders; a check first: 90.6 %.
    ("devset-everyday217.tsv", 0.91, 0.02),
    # 25 of the most common US kinds, as busy owners log; a second check first: 92.6 %.
    ("devset-everyday218.tsv", 0.92, 0.02),
    # 25 common and rural kinds of Australia, NZ and the UK; a check first: 88.0 %.
    ("devset-everyday219.tsv", 0.88, 0.02),
    # 25 service companies with crews on the road or on site; a check first: 88.6 %.
    ("devset-everyday220.tsv", 0.89, 0.03),
    # 25 solo knowledge workers and online businesses; a check first: 85.2 %.
    ("devset-everyday221.tsv", 0.85, 0.04),
    # 25 New England and Pacific Northwest kinds; the session's last check first: 88.8 %.
    ("devset-everyday222.tsv", 0.88, 0.04),
    # 25 Canadian kinds across the provinces; a last check first: 88.4 %.
    ("devset-everyday223.tsv", 0.88, 0.02),
    # 25 family-run shops and services in immigrant communities; a last check first: 91.2 %.
    ("devset-everyday224.tsv", 0.91, 0.02),
    # 25 practices and firms with 5 to 15 staff; a last check first: 87.8 %.
    ("devset-everyday225.tsv", 0.87, 0.03),
    # 25 Southwest and Mountain West kinds; the session's final check first: 91.2 %.
    ("devset-everyday226.tsv", 0.91, 0.01),
    # 25 Scottish, Welsh and Northern English kinds in dialect; a final check first: 86.0 %.
    ("devset-everyday227.tsv", 0.86, 0.05),
    # 25 businesses selling to businesses from a small base; a final check first: 89.4 %.
    ("devset-everyday228.tsv", 0.89, 0.02),
    # 25 children's and family businesses; a final check first: 93.0 %.
    ("devset-everyday229.tsv", 0.93, 0.01),
    # 25 rural, farm, outdoor and seasonal businesses: 95.4 %.
    ("devset-everyday230.tsv", 0.95, 0.02),
    # 25 one-person online and creative businesses: 93.2 %.
    ("devset-everyday231.tsv", 0.93, 0.02),
    # 25 community organisations, clubs and non-profits: 94.6 %.
    ("devset-everyday232.tsv", 0.94, 0.02),
    # 25 food trucks, bars, restaurants and shops with staff: 94.6 %.
    ("devset-everyday233.tsv", 0.94, 0.01),
    # 25 venues, hire firms and event services: 91.6 %.
    ("devset-everyday234.tsv", 0.91, 0.03),
    # 25 small manufacturers and wholesalers selling to the trade: 92.6 %.
    ("devset-everyday235.tsv", 0.92, 0.02),
    # 25 health, wellness and therapy practices: 93.0 %.
    ("devset-everyday236.tsv", 0.93, 0.02),
    # 25 household services in terse phone notes: 92.8 %.
    ("devset-everyday237.tsv", 0.92, 0.03),
    # 25 agencies and consultancies working for clients: 85.4 %.
    ("devset-everyday238.tsv", 0.85, 0.03),
    # 25 specialist construction trades, site-diary style: 93.8 %.
    ("devset-everyday239.tsv", 0.93, 0.01),
    # 25 kinds in Indian, Nigerian, South African, Filipino, Singaporean, Caribbean English: 92.0 %.
    ("devset-everyday240.tsv", 0.92, 0.01),
    # 25 specialty shops with stock and online stores: 95.4 %.
    ("devset-everyday241.tsv", 0.95, 0.01),
    # 25 transport, logistics and automotive businesses: 92.8 %.
    ("devset-everyday242.tsv", 0.92, 0.01),
    # 25 beauty, personal care, fashion and jewellery businesses: 94.4 %.
    ("devset-everyday243.tsv", 0.94, 0.01),
    # 25 education and training providers: 93.2 %.
    ("devset-everyday244.tsv", 0.93, 0.02),
    # 25 small professional-services firms: 92.2 %.
    ("devset-everyday245.tsv", 0.92, 0.02),
    # 25 common main-street businesses, specialised: 94.4 %.
    ("devset-everyday246.tsv", 0.94, 0.02),
    # 25 home, garden and property services: 95.2 %.
    ("devset-everyday247.tsv", 0.95, 0.02),
    # 25 food and drink producers, shops and restaurants: 93.8 %.
    ("devset-everyday248.tsv", 0.93, 0.02),
    # 25 arts, entertainment, media and leisure businesses: 93.2 %.
    ("devset-everyday249.tsv", 0.93, 0.03),
    # 25 trades and technical services: 94.8 %.
    ("devset-everyday250.tsv", 0.94, 0.01),
    # 25 pet, animal, equestrian and farm-side businesses: 95.4 %.
    ("devset-everyday251.tsv", 0.95, 0.02),
    # 25 tourism, travel and accommodation businesses: 92.2 %.
    ("devset-everyday252.tsv", 0.92, 0.02),
    # 25 rare and niche trades: 93.6 %.
    ("devset-everyday253.tsv", 0.93, 0.02),
    # 25 family-run businesses logged as we: 93.2 %.
    ("devset-everyday254.tsv", 0.93, 0.02),
    # 25 service providers to other businesses: 91.8 %.
    ("devset-everyday255.tsv", 0.91, 0.02),
    # 25 kinds of Australia, New Zealand, Ireland and Canada: 91.0 %.
    ("devset-everyday256.tsv", 0.91, 0.04),
    # 25 solo practitioners selling their own time: 90.4 %.
    ("devset-everyday257.tsv", 0.90, 0.02),
    # 25 non-profits, clubs, community and faith groups: 95.4 %.
    ("devset-everyday258.tsv", 0.95, 0.02),
    # 25 rural trades and farm services: 95.8 %.
    ("devset-everyday259.tsv", 0.95, 0.01),
    # 25 food, retail and online sellers, who buys from whom: 93.8 %.
    ("devset-everyday260.tsv", 0.93, 0.01),
    # 25 agencies and studios doing marketing work for clients: 88.2 %.
    ("devset-everyday261.tsv", 0.88, 0.02),
    # 25 small manufacturers and trade suppliers: 94.0 %.
    ("devset-everyday262.tsv", 0.94, 0.01),
    # 25 tourism, events and leisure businesses of six countries: 96.4 %.
    ("devset-everyday263.tsv", 0.96, 0.01),
    # 25 health, wellness and personal-care practices: 95.6 %.
    ("devset-everyday264.tsv", 0.95, 0.02),
    # 25 tutors, coaches and small professional firms: 95.8 %.
    ("devset-everyday265.tsv", 0.95, 0.02),
    # 25 small tech, software, IT and B2B service firms: 95.6 %.
    ("devset-everyday266.tsv", 0.95, 0.01),
    # 25 immigrant-run shops, restaurants and services: 93.6 %.
    ("devset-everyday267.tsv", 0.93, 0.01),
    # 25 small farms, growers and food makers: 93.8 %.
    ("devset-everyday268.tsv", 0.93, 0.02),
    # 25 building and repair trades of the US South and Midwest, dictated: 93.6 %.
    ("devset-everyday269.tsv", 0.93, 0.01),
    # 25 ordinary town businesses in a weekly diary: 94.4 %.
    ("devset-everyday270.tsv", 0.94, 0.02),
    # 25 businesses working through partners and intermediaries: 92.8 %.
    ("devset-everyday271.tsv", 0.92, 0.01),
    # 25 hire, rental and booking businesses: 96.0 %.
    ("devset-everyday272.tsv", 0.96, 0.01),
    # 25 makers, artists and small publishers: 89.8 %.
    ("devset-everyday273.tsv", 0.89, 0.03),
    # 25 auto, marine, aviation and transport businesses: 97.2 %.
    ("devset-everyday274.tsv", 0.97, 0.01),
    # 25 charities, social enterprises and co-operatives of Britain and Ireland: 88.8 %.
    ("devset-everyday275.tsv", 0.88, 0.02),
    # 25 kinds as sentences of a weekly update to a partner: 94.6 %.
    ("devset-everyday276.tsv", 0.94, 0.01),
    # 25 services in customers' homes as calendar entries: 95.4 %.
    ("devset-everyday277.tsv", 0.95, 0.03),
    # 25 kinds across every sector in a weekly log: 97.0 %.
    ("devset-everyday278.tsv", 0.97, 0.01),
    # 25 studios, schools and clubs selling classes: 94.6 %.
    ("devset-everyday279.tsv", 0.94, 0.01),
    # 25 firms selling contracts to other businesses: 94.2 %.
    ("devset-everyday280.tsv", 0.94, 0.01),
    # 25 businesses of Canada, Australia, New Zealand and Ireland: 94.2 %.
    ("devset-everyday281.tsv", 0.94, 0.02),
    # 25 rural, garden and building trades of Australia and New Zealand: 93.2 %.
    ("devset-everyday282.tsv", 0.93, 0.02),
    # 25 firms selling creative and professional services to businesses: 91.4 %.
    ("devset-everyday283.tsv", 0.91, 0.02),
    # 25 non-profits, clubs and social enterprises of four countries: 95.0 %.
    ("devset-everyday284.tsv", 0.95, 0.01),
    # 25 shops, food makers and online sellers: 91.8 %.
    ("devset-everyday285.tsv", 0.91, 0.02),
    # 25 health, wellness, beauty and care practices: 93.6 %.
    ("devset-everyday286.tsv", 0.93, 0.02),
    # 25 city trades and field services: 95.8 %.
    ("devset-everyday287.tsv", 0.95, 0.01),
    # 25 teachers, coaches and creative studios: 95.4 %.
    ("devset-everyday288.tsv", 0.95, 0.02),
    # 25 tourism, events, hospitality and transport businesses: 93.4 %.
    ("devset-everyday289.tsv", 0.93, 0.01),
    # 25 small manufacturers, wholesalers and trade suppliers: 92.6 %.
    ("devset-everyday290.tsv", 0.92, 0.01),
    # 25 professional services for households: 92.8 %.
    ("devset-everyday291.tsv", 0.92, 0.02),
    # 25 pet, animal, outdoor and sport businesses: 94.8 %.
    ("devset-everyday292.tsv", 0.94, 0.02),
    # 25 small tech and online businesses and digital creators: 89.4 %.
    ("devset-everyday293.tsv", 0.89, 0.03),
    # 25 construction, design-build and property businesses: 94.0 %.
    ("devset-everyday294.tsv", 0.94, 0.02),
    # 25 businesses of six countries in their owners' English: 89.8 %.
    ("devset-everyday295.tsv", 0.89, 0.03),
    # 25 kinds logged by a spouse, office manager or assistant: 92.4 %.
    ("devset-everyday296.tsv", 0.92, 0.03),
    # 25 creators, performers and media businesses: 86.4 %.
    ("devset-everyday297.tsv", 0.86, 0.06),
    # 25 main-street businesses of the US and Canada: 94.4 %.
    ("devset-everyday298.tsv", 0.94, 0.01),
    # 25 high-street, village and club businesses of Britain, Ireland, Australia, NZ: 90.2 %.
    ("devset-everyday299.tsv", 0.90, 0.02),
    # 25 businesses selling to businesses and institutions: 95.6 %.
    ("devset-everyday300.tsv", 0.95, 0.01),
    # 25 kinds dictated as full sentences: 94.4 %.
    ("devset-everyday301.tsv", 0.94, 0.01),
    # 25 trades and home services in a phone notes app: 95.0 %.
    ("devset-everyday302.tsv", 0.95, 0.03),
    # 25 restaurants, cafes, food trucks, bars, bakeries and caterers: 94.6 %.
    ("devset-everyday303.tsv", 0.94, 0.02),
    # 25 medical, dental, veterinary and allied-health practices: 90.8 %.
    ("devset-everyday304.tsv", 0.90, 0.03),
    # 25 independent retail shops: 95.2 %.
    ("devset-everyday305.tsv", 0.95, 0.01),
    # 25 US non-profits run by one director: 89.6 %.
    ("devset-everyday306.tsv", 0.89, 0.02),
    # 25 personal and household services: 93.0 %.
    ("devset-everyday307.tsv", 0.92, 0.02),
    # 25 small makers selling at fairs, online and to shops: 90.8 %.
    ("devset-everyday308.tsv", 0.90, 0.03),
    # 25 kinds as packed weekly-summary bullets: 93.8 %.
    ("devset-everyday309.tsv", 0.93, 0.02),
    # 25 vehicle, marine, aviation and machinery businesses: 95.6 %.
    ("devset-everyday310.tsv", 0.95, 0.02),
    # 25 education and training businesses: 93.6 %.
    ("devset-everyday311.tsv", 0.93, 0.01),
    # 25 farms, nurseries, growers and land-based businesses: 94.0 %.
    ("devset-everyday312.tsv", 0.94, 0.03),
    # 25 small finance, insurance, real-estate, legal and admin firms: 89.4 %.
    ("devset-everyday313.tsv", 0.89, 0.02),
    # 25 clubs, societies, venues and event organisers: 90.4 %.
    ("devset-everyday314.tsv", 0.90, 0.03),
    # 25 consultants, freelancers and agencies working for clients: 89.8 %.
    ("devset-everyday315.tsv", 0.89, 0.03),
    # 25 everyday businesses from a paper diary: 92.2 %.
    ("devset-everyday316.tsv", 0.92, 0.01),
    # 25 immigrant- and family-run businesses of four countries: 91.6 %.
    ("devset-everyday317.tsv", 0.91, 0.02),
    # 25 home, garden, building and repair trades: 95.2 %.
    ("devset-everyday318.tsv", 0.95, 0.02),
    # 25 high-street and main-street shops, cafes, salons and practices: 92.4 %.
    ("devset-everyday319.tsv", 0.92, 0.02),
    # 25 small B2B firms winning work by quotes, tenders and accounts: 90.4 %.
    ("devset-everyday320.tsv", 0.90, 0.02),
    # 25 charities, clubs, faith groups and community businesses: 93.2 %.
    ("devset-everyday321.tsv", 0.93, 0.02),
    # 25 kinds from more than ten sectors: 93.8 %.
    ("devset-everyday322.tsv", 0.93, 0.02),
    # 25 food, drink and hospitality businesses: 92.8 %.
    ("devset-everyday323.tsv", 0.92, 0.02),
    # 25 services to people, solo or with a few staff: 92.2 %.
    ("devset-everyday324.tsv", 0.92, 0.02),
    # 25 trades, manufacturers, logistics and B2B services: 93.2 %.
    ("devset-everyday325.tsv", 0.93, 0.02),
    # 25 kinds as calendar-event titles: 92.2 %.
    ("devset-everyday326.tsv", 0.92, 0.03),
    # 25 rural and countryside businesses, terse: 91.8 %.
    ("devset-everyday327.tsv", 0.91, 0.03),
    # 25 health, care and wellbeing services: 92.0 %.
    ("devset-everyday328.tsv", 0.92, 0.03),
    # 25 kinds logged on a phone in a hurry: 91.6 %.
    ("devset-everyday329.tsv", 0.91, 0.03),
    # 25 venues, caterers and hire firms booking both ways: 90.0 %.
    ("devset-everyday330.tsv", 0.90, 0.02),
    # 25 volunteer-run groups in minutes style: 91.8 %.
    ("devset-everyday331.tsv", 0.91, 0.02),
    # 25 makers and wholesalers who buy and sell: 94.4 %.
    ("devset-everyday332.tsv", 0.94, 0.01),
    # 25 two-person businesses sharing one log: 95.0 %; 94.8 % since a stall alone reads as a
    # market stall (+31/-9 over all development lines; here a three-stall barn is the loss).
    ("devset-everyday333.tsv", 0.945, 0.02),
    # 25 professional firms as timesheet entries: 88.8 %.
    ("devset-everyday334.tsv", 0.88, 0.02),
    # 25 online and marketplace sellers: 90.4 %.
    ("devset-everyday335.tsv", 0.90, 0.03),
    # 25 kinds in owners' second-language English: 95.8 %.
    ("devset-everyday336.tsv", 0.95, 0.02),
    # 25 kinds as rambling end-of-day notes: 93.0 %.
    ("devset-everyday337.tsv", 0.93, 0.02),
    # 25 independent shops with staff: 91.0 %.
    ("devset-everyday338.tsv", 0.91, 0.02),
    # 25 skilled trades and home services of four countries: 96.4 %.
    ("devset-everyday339.tsv", 0.96, 0.01),
    # 25 creative freelancers and tiny studios: 90.4 %.
    ("devset-everyday340.tsv", 0.90, 0.03),
    # 25 food and drink businesses: 92.2 %.
    ("devset-everyday341.tsv", 0.92, 0.03),
    # 25 sport, fitness and outdoor-activity businesses: 93.8 %.
    ("devset-everyday342.tsv", 0.93, 0.02),
    # 25 property businesses: 88.6 %.
    ("devset-everyday343.tsv", 0.88, 0.02),
    # 25 childcare, tutoring and learning businesses: 92.6 %.
    ("devset-everyday344.tsv", 0.92, 0.02),
    # 25 vehicle, transport and logistics businesses: 93.6 %.
    ("devset-everyday345.tsv", 0.93, 0.01),
    # 25 advisers and brokers for households: 88.4 %.
    ("devset-everyday346.tsv", 0.88, 0.03),
    # 25 arts, culture and entertainment organisations: 90.4 %.
    ("devset-everyday347.tsv", 0.90, 0.03),
    # 25 beauty, hair and personal-care businesses: 94.6 %.
    ("devset-everyday348.tsv", 0.94, 0.02),
    # 25 services sold to businesses and institutions: 94.2 %.
    ("devset-everyday349.tsv", 0.94, 0.01),
    # 25 home and garden services of the US and Canada: 94.4 %.
    ("devset-everyday350.tsv", 0.94, 0.01),
    # 25 places to stay: 94.2 %.
    ("devset-everyday351.tsv", 0.94, 0.02),
    # 25 kinds logged by voice dictation: 91.2 %.
    ("devset-everyday352.tsv", 0.91, 0.01),
    # 25 pet and animal businesses: 95.8 %.
    ("devset-everyday353.tsv", 0.95, 0.01),
    # 25 small tech and digital businesses: 91.0 %.
    ("devset-everyday354.tsv", 0.91, 0.02),
    # 25 charities with a few paid staff: 91.2 %.
    ("devset-everyday355.tsv", 0.91, 0.01),
    # 25 building contractors of the US and Canada: 92.8 %.
    ("devset-everyday356.tsv", 0.92, 0.02),
    # 25 kinds in the English of seven countries: 86.8 %.
    ("devset-everyday357.tsv", 0.86, 0.04),
    # 25 kinds from more than ten sectors: 92.2 %.
    ("devset-everyday358.tsv", 0.92, 0.01),
    # 25 high-street and village businesses of the UK and Ireland: 92.6 %.
    ("devset-everyday359.tsv", 0.92, 0.02),
    # 25 solo appointment-based providers in the US: 92.2 %.
    ("devset-everyday360.tsv", 0.92, 0.01),
    # 25 manufacturers and trade suppliers of Canada and Australia: 89.8 %.
    ("devset-everyday361.tsv", 0.89, 0.01),
    # 25 seasonal and outdoor businesses in paper-diary shorthand: 89.4 %.
    ("devset-everyday362.tsv", 0.89, 0.05),
    # 25 businesses selling to businesses through accounts, reps and tenders: 95.2 %.
    ("devset-everyday363.tsv", 0.95, 0.01),
    # 25 solo practitioners and tiny practices: 93.4 %.
    ("devset-everyday364.tsv", 0.93, 0.01),
    # 25 businesses of three to ten people logged as a team: 91.6 %.
    ("devset-everyday365.tsv", 0.91, 0.02),
    # 25 non-profits and membership organisations: 89.2 %.
    ("devset-everyday366.tsv", 0.89, 0.01),
    # 25 shops, counters and cafes serving walk-ins and regulars: 88.2 %.
    ("devset-everyday367.tsv", 0.88, 0.05),
    # 25 property businesses of Britain: 90.8 %.
    ("devset-everyday368.tsv", 0.90, 0.02),
    # 25 of the most common kinds in the US, UK, Canada and Australia: 96.4 %.
    ("devset-everyday369.tsv", 0.96, 0.01),
    # 25 kinds as calendar titles and to-do items: 93.8 %.
    ("devset-everyday370.tsv", 0.93, 0.03),
    # 25 health, beauty and fitness studios booking through apps: 94.2 %.
    ("devset-everyday371.tsv", 0.94, 0.02),
    # 25 food and drink producers selling wholesale: 95.0 %.
    ("devset-everyday372.tsv", 0.94, 0.01),
    # 25 home and building trades in a job-management app: 95.8 %.
    ("devset-everyday373.tsv", 0.95, 0.01),
    # 25 trades, home services and shops of the UK and Ireland: 94.8 %.
    ("devset-everyday374.tsv", 0.94, 0.01),
    # 25 kinds from more than ten sectors, each owner in a style of their own: 94.6 %.
    ("devset-everyday375.tsv", 0.94, 0.02),
    # 25 online sellers, makers and small creators: 93.0 %.
    ("devset-everyday376.tsv", 0.93, 0.01),
    # 25 of the most common kinds in the US in a weekly log: 95.0 %.
    ("devset-everyday377.tsv", 0.94, 0.01),
    # 25 volunteer-run charities, clubs and community groups: 90.8 %.
    ("devset-everyday378.tsv", 0.90, 0.02),
    # 25 independent shops and showrooms with a counter: 93.6 %.
    ("devset-everyday379.tsv", 0.93, 0.01),
    # 25 hire, rental and lettings businesses booking both ways: 92.0 %.
    ("devset-everyday380.tsv", 0.92, 0.01),
    # 25 kinds typed on a phone between jobs: 94.0 %.
    ("devset-everyday381.tsv", 0.94, 0.03),
    # 25 kinds logged tersely: 92.8 %.
    ("devset-everyday382.tsv", 0.92, 0.04),
    # 25 creative freelancers and agencies whose client work looks like marketing: 86.6 %.
    ("devset-everyday383.tsv", 0.86, 0.03),
    # 25 rural and land-based businesses of five countries: 94.8 %.
    ("devset-everyday384.tsv", 0.94, 0.03),
    # 25 health, care and wellbeing practices and suppliers: 94.4 %.
    ("devset-everyday385.tsv", 0.94, 0.02),
    # 25 tutors, coaches and repairers by voice dictation: 97.8 %.
    ("devset-everyday386.tsv", 0.97, 0.01),
    # 25 small charities fundraising from named donors and from many: 91.4 %.
    ("devset-everyday387.tsv", 0.91, 0.02),
    # 25 manufacturers and wholesalers selling to businesses: 88.4 %.
    ("devset-everyday388.tsv", 0.88, 0.02),
    # 25 hospitality and leisure venues booking both ways: 94.8 %.
    ("devset-everyday389.tsv", 0.94, 0.01),
    # 25 multi-site businesses in a team chat: 94.2 %.
    ("devset-everyday390.tsv", 0.94, 0.02),
    # 25 specialist professional firms: 89.6 %.
    ("devset-everyday391.tsv", 0.89, 0.04),
    # 25 kinds of eight countries of Africa and Asia in their owners' English: 89.2 %.
    ("devset-everyday392.tsv", 0.89, 0.02),
    # 25 Spanish-speaking owners in the US writing Spanglish: 90.2 %.
    ("devset-everyday393.tsv", 0.90, 0.06),
    # 25 firms whose client work is finance, IT, HR or admin: 93.2 %.
    ("devset-everyday394.tsv", 0.93, 0.01),
    # 25 event professionals working at events: 91.2 %.
    ("devset-everyday395.tsv", 0.91, 0.03),
    # 25 shops selling over the counter and online: 92.6 %.
    ("devset-everyday396.tsv", 0.92, 0.02),
    # 25 construction subcontractors pricing for main contractors: 90.0 %.
    ("devset-everyday397.tsv", 0.90, 0.01),
    # 25 common kinds of the US and UK in their own style: 94.8 %.
    ("devset-everyday398.tsv", 0.94, 0.02),
    # 25 kinds as items of a weekly review for a coach: 96.4 %.
    ("devset-everyday399.tsv", 0.96, 0.01),
    # 25 side businesses run around a day job: 91.0 %.
    ("devset-everyday400.tsv", 0.90, 0.02),
    # 25 vehicle and machinery businesses with a service counter: 94.8 %.
    ("devset-everyday401.tsv", 0.94, 0.01),
    # 25 US contractors winning work by estimates and bids: 91.6 %.
    ("devset-everyday402.tsv", 0.91, 0.03),
    # 25 small professional firms of three countries: 91.8 %.
    ("devset-everyday403.tsv", 0.91, 0.02),
    # 25 common kinds of Canada, Australia and New Zealand: 96.0 %.
    ("devset-everyday404.tsv", 0.96, 0.01),
    # 25 farms and food producers selling direct: 92.4 %.
    ("devset-everyday405.tsv", 0.92, 0.03),
    # 25 common kinds of every US sector (a check): 96.4 %.
    ("devset-everyday406.tsv", 0.96, 0.01),
    # 25 businesses of Britain and Ireland (a check): 94.0 %.
    ("devset-everyday407.tsv", 0.93, 0.02),
    # 25 clubs, museums, co-ops and non-profits (a check): 89.4 %.
    ("devset-everyday408.tsv", 0.89, 0.03),
    # 25 firms selling services to businesses (a check): 92.6 %.
    ("devset-everyday409.tsv", 0.92, 0.01),
    # 25 personal-care and grooming businesses booking through apps: 94.0 %.
    ("devset-everyday410.tsv", 0.94, 0.02),
    # 25 food and drink businesses with POS, delivery apps and wholesale: 93.2 %.
    ("devset-everyday411.tsv", 0.93, 0.02),
    # 25 home services in a field-service app: 93.6 %.
    ("devset-everyday412.tsv", 0.93, 0.02),
    # 25 teaching and children's businesses selling to parents: 93.0 %.
    ("devset-everyday413.tsv", 0.92, 0.02),
    # 25 specialty shops with a counter and an online store: 96.8 %.
    ("devset-everyday414.tsv", 0.96, 0.01),
    # 25 makers and artisans selling commissions, at fairs and online: 93.8 %.
    ("devset-everyday415.tsv", 0.93, 0.03),
    # 25 small arts and heritage organisations: 92.8 %.
    ("devset-everyday416.tsv", 0.92, 0.01),
    # 25 tourism and hospitality businesses dealing with booking sites: 92.0 %.
    ("devset-everyday417.tsv", 0.92, 0.02),
    # 25 property businesses of lettings, short lets and workspace: 88.0 %.
    ("devset-everyday418.tsv", 0.88, 0.02),
    # 25 fitness and sport businesses: 93.0 %.
    ("devset-everyday419.tsv", 0.93, 0.01),
    # 25 businesses of Latin America, the Philippines and India in their owners' English: 88.8 %.
    ("devset-everyday420.tsv", 0.88, 0.04),
    # 25 animal businesses: 94.6 %.
    ("devset-everyday421.tsv", 0.94, 0.02),
    # 25 firms selling back-office services to businesses: 92.0 %.
    ("devset-everyday422.tsv", 0.91, 0.02),
    # 25 businesses of South Asia in their owners' English: 92.4 %.
    ("devset-everyday423.tsv", 0.92, 0.01),
    # 25 US and Canadian real-estate and property businesses: 87.4 %.
    ("devset-everyday424.tsv", 0.87, 0.03),
    # 25 Latin American owners writing English, Spanish and Portuguese: 80.8 %.
    ("devset-everyday425.tsv", 0.80, 0.12),
    # 25 common businesses of Indian towns in Indian English: 92.2 %.
    ("devset-everyday426.tsv", 0.92, 0.01),
    # 25 property businesses of Britain, Ireland, Australia and New Zealand: 90.4 %.
    ("devset-everyday427.tsv", 0.90, 0.01),
    # 25 businesses of Brazil and Portugal in Portuguese and English: 75.8 %.
    ("devset-everyday428.tsv", 0.75, 0.15),
    # 25 Spanish-speaking owners in the US writing both languages: 91.8 %.
    ("devset-everyday429.tsv", 0.91, 0.03),
    # 25 common kinds run by owners writing Spanish and English (a check): 90.2 %.
    ("devset-everyday430.tsv", 0.90, 0.03),
    # 25 common businesses and charities of Britain and Ireland (a check): 95.6 %.
    ("devset-everyday431.tsv", 0.95, 0.02),
    # 25 of the most common kinds of the US and Canada, each in its own style (a check): 96.4 %.
    ("devset-everyday432.tsv", 0.96, 0.01),
    # 25 common kinds run by owners writing Portuguese and English (a check): 85.6 %.
    ("devset-everyday433.tsv", 0.85, 0.07),
    # 25 online sellers and creators (a check): 85.8 %.
    ("devset-everyday434.tsv", 0.85, 0.03),
    # 25 building trades of Britain and Ireland in site-diary style (a check): 90.0 %.
    ("devset-everyday435.tsv", 0.90, 0.03),
    # 25 US non-profits, churches, clubs and associations (a check): 90.8 %.
    ("devset-everyday436.tsv", 0.90, 0.03),
    # 25 common kinds of Australia and New Zealand (a check): 93.2 %.
    ("devset-everyday437.tsv", 0.93, 0.02),
    # 25 kinds of Quebec, Belgium, Switzerland and French Africa in French and English: 50.2 %.
    ("devset-everyday438.tsv", 0.76, 0.06),
    # 25 kinds of Nigeria, Ghana, Kenya, Jamaica and Trinidad in their English: 81.4 %.
    ("devset-everyday439.tsv", 0.83, 0.04),
    # 25 kinds of India, Pakistan, Bangladesh and Sri Lanka in their English: 90.6 %.
    ("devset-everyday440.tsv", 0.92, 0.01),
    # 25 common US kinds, logged by a spouse or office manager for several people: 93.6 %.
    ("devset-everyday441.tsv", 0.95, 0.01),
    # 25 kinds of France, Haiti, Morocco, Tunisia, Lebanon and Reunion in French: 62.8 %.
    ("devset-everyday442.tsv", 0.76, 0.06),
    # 25 kinds of the Philippines, Malaysia and Singapore in Taglish, Malay and Singlish: 84.0 %.
    ("devset-everyday443.tsv", 0.89, 0.02),
    # 25 common kinds of Britain and Ireland as calendar and to-do entries: 86.8 %.
    ("devset-everyday444.tsv", 0.87, 0.03),
    # 25 farms, growers and fishers of the US, Canada, Australia and New Zealand: 91.4 %.
    ("devset-everyday445.tsv", 0.92, 0.02),
    # 25 common kinds of France, Belgium, Switzerland, Quebec in French (scored late): 82.6 %.
    ("devset-everyday446.tsv", 0.83, 0.06),
    # 25 common kinds of the Philippines and Malaysia in Taglish, Malay (scored late): 73.2 %.
    ("devset-everyday447.tsv", 0.80, 0.08),
    # 25 common US and Canadian kinds as end-of-day voice memos: 92.4 %.
    ("devset-everyday448.tsv", 0.92, 0.01),
    # 25 kinds of Australia, New Zealand and South Africa as terse timesheet entries: 91.2 %.
    ("devset-everyday449.tsv", 0.91, 0.02),
    # 25 trades of Quebec, New Brunswick and Ontario in Quebec French (a check): 71.6 %.
    ("devset-everyday450.tsv", 0.77, 0.07),
    # 25 kinds of Indonesia in Indonesian and English (a check): 57.0 %.
    ("devset-everyday451.tsv", 0.57, 0.19),
    # 25 kinds of the US Southwest, Texas, Florida, Puerto Rico in Spanglish (a check): 72.6 %.
    ("devset-everyday452.tsv", 0.84, 0.08),
    # 25 one-person kinds of Canada, Britain and Ireland as weekly summaries (a check): 92.4 %.
    ("devset-everyday453.tsv", 0.92, 0.01),
    # 25 kinds of Germany, Austria and Switzerland in German and English: 28.8 %.
    ("devset-everyday454.tsv", 0.71, 0.17),
    # 25 kinds of Italy and Italian families abroad in Italian and English: 40.8 %.
    ("devset-everyday455.tsv", 0.73, 0.12),
    # 25 common US kinds with the owner's own errands beside customers' bookings: 93.2 %.
    ("devset-everyday456.tsv", 0.94, 0.02),
    # 25 kinds of Britain, Ireland, Australia, New Zealand, owner's errands too: 90.4 %.
    ("devset-everyday457.tsv", 0.90, 0.02),
    # 25 kinds of the Netherlands and Flanders in Dutch and English: 43.2 %.
    ("devset-everyday460.tsv", 0.74, 0.13),
    # 25 common kinds of Germany, Austria and Switzerland in German (a check): 62.6 %.
    ("devset-everyday458.tsv", 0.62, 0.25),
    # 25 common kinds of Italy and Ticino in Italian (a check): 72.4 %.
    ("devset-everyday459.tsv", 0.79, 0.09),
    # 25 health, wellness and care practices as front-desk notes: 92.4 %.
    ("devset-everyday461.tsv", 0.92, 0.02),
    # 25 US and Canadian kinds as terse phone notes between jobs: 96.8 %.
    ("devset-everyday462.tsv", 0.96, 0.02),
    # 25 kinds of Britain, Ireland, Australia and New Zealand in local wording: 93.6 %.
    ("devset-everyday463.tsv", 0.94, 0.02),
    # 25 professional services and non-profits, calendar titles and timesheets: 93.2 %.
    ("devset-everyday464.tsv", 0.94, 0.01),
    # 25 kinds of Brazil and Portugal in Portuguese and English: 86.6 %.
    ("devset-everyday465.tsv", 0.95, 0.02),
    # 25 kinds of Latino owners in the USA and Mexico in Spanish and Spanglish: 91.2 %.
    ("devset-everyday466.tsv", 0.91, 0.04),
    # 25 kinds of India, Pakistan, Bangladesh and Sri Lanka in Indian English and Hinglish: 92.4 %.
    ("devset-everyday467.tsv", 0.92, 0.02),
    # 25 kinds of France, Belgium, Switzerland and Quebec in French and English: 84.2 %.
    ("devset-everyday468.tsv", 0.86, 0.03),
    # 25 kinds of online sellers and creators, the job beside their own promotion: 90.6 %.
    ("devset-everyday469.tsv", 0.90, 0.01),
    # 25 hospitality and events kinds as shift notes and manager's logs: 98.0 %.
    ("devset-everyday470.tsv", 0.98, 0.01),
    # 25 business-to-business and rural kinds (machine shop, distributor, orchard...): 94.4 %.
    ("devset-everyday471.tsv", 0.94, 0.01),
    # 25 kinds of Spain and Latin America, mostly in Spanish: 84.0 %.
    ("devset-everyday472.tsv", 0.88, 0.04),
    # 25 common kinds of Germany, Austria and Switzerland, mostly in German (a check): 72.2 %.
    ("devset-everyday473.tsv", 0.85, 0.08),
    # 25 kinds dictated by voice while driving, run-on and unpunctuated: 94.6 %.
    ("devset-everyday474.tsv", 0.94, 0.01),
    # 25 non-profits, churches, schools, clubs and community groups: 93.2 %.
    ("devset-everyday475.tsv", 0.93, 0.01),
    # 25 personal-service and retail kinds as weekly summaries and to-do items: 97.2 %.
    ("devset-everyday476.tsv", 0.97, 0.01),
    # 25 kinds of Italy and Italian families abroad, mostly in Italian: 78.4 %.
    ("devset-everyday477.tsv", 0.86, 0.06),
    # 25 seasonal and tourism kinds (ski school, marina, campground, pick-your-own farm...): 97.6 %.
    ("devset-everyday478.tsv", 0.97, 0.01),
    # 25 home-based and side businesses (cake maker, tutor, Etsy crafts, dog walker...): 96.8 %.
    ("devset-everyday479.tsv", 0.96, 0.01),
    # 25 kinds of the Netherlands and Flanders, mostly in Dutch: 75.0 %.
    ("devset-everyday480.tsv", 0.91, 0.02),
    # 25 kinds of Italy, mostly in Italian, a second set: 80.0 %.
    ("devset-everyday481.tsv", 0.89, 0.03),
    # 25 kinds of Indonesia and Malaysia in Bahasa mixed with English: 86.4 %.
    ("devset-everyday482.tsv", 0.88, 0.03),
    # 25 trades of Australia, New Zealand and South Africa in an office manager's notes: 94.2 %.
    ("devset-everyday483.tsv", 0.94, 0.01),
    # 25 kinds as voice notes sent to a bookkeeper or partner at the end of the day: 94.8 %.
    ("devset-everyday484.tsv", 0.94, 0.01),
    # 25 kinds of Indonesia and Malaysia in Bahasa mixed with English, a second set: 84.8 %.
    ("devset-everyday485.tsv", 0.90, 0.02),
    # 25 kinds of Brazil and Portugal, mostly in Portuguese, as to-do items: 85.0 %.
    ("devset-everyday486.tsv", 0.91, 0.03),
    # 25 multi-site businesses and franchisees in an area manager's log: 96.4 %.
    ("devset-everyday487.tsv", 0.96, 0.01),
    # 25 young owners' phone notes with emojis, arrows and hashtags: 95.0 %.
    ("devset-everyday488.tsv", 0.95, 0.01),
    # 25 kinds of Belgium, Switzerland, Luxembourg and francophone Africa, mostly in French: 83.6 %.
    ("devset-everyday489.tsv", 0.88, 0.04),
    # 25 trades of the US South and Midwest as texts between owner and office: 93.0 %.
    ("devset-everyday490.tsv", 0.92, 0.01),
    # 25 professional firms as timesheet narratives with client codes: 91.2 %.
    ("devset-everyday491.tsv", 0.91, 0.01),
    # 25 kinds of Germany, Austria and Switzerland, mostly in German, a fourth set: 80.8 %.
    ("devset-everyday492.tsv", 0.88, 0.05),
    # 25 kinds of the Netherlands and Flanders, mostly in Dutch, a second set: 79.8 %.
    ("devset-everyday493.tsv", 0.90, 0.02),
    # 25 firms selling to firms and buying with the same words: 91.6 %.
    ("devset-everyday494.tsv", 0.91, 0.01),
    # 25 kinds of Mexico, Colombia, Argentina, Chile and Spain, mostly in Spanish, as to-do items:
    # 74.4 %.
    ("devset-everyday495.tsv", 0.79, 0.07),
    # 25 kinds of the Philippines in Taglish: 82.2 %.
    ("devset-everyday496.tsv", 0.89, 0.02),
    # 25 kinds of South Asia and Africa in the English written there: 93.0 %.
    ("devset-everyday497.tsv", 0.92, 0.01),
    # 25 non-profits and community groups in a director's weekly report: 93.6 %.
    ("devset-everyday498.tsv", 0.93, 0.01),
    # 25 restaurants, cafés, bars and food producers in a manager's full sentences: 95.4 %.
    ("devset-everyday499.tsv", 0.95, 0.01),
    # 25 kinds of Switzerland and Austria in their German: 82.4 %.
    ("devset-everyday500.tsv", 0.90, 0.04),
    # 25 kinds of Brazil in Brazilian Portuguese, a second set: 84.0 %.
    ("devset-everyday501.tsv", 0.90, 0.03),
    # 25 Hispanic-owned businesses of the United States in Spanish with English mixed in: 87.6 %.
    ("devset-everyday502.tsv", 0.90, 0.02),
    # 25 kinds of Mexico, Colombia, Argentina, Chile and Peru in Spanish notes: 77.0 %.
    ("devset-everyday503.tsv", 0.87, 0.045),
    # 25 kinds of professional and creative firm, in time-tracking entries: 89.8 %.
    ("devset-everyday504.tsv", 0.91, 0.02),
    # 25 kinds of home-based and side business, in phone notes: 95.2 %.
    ("devset-everyday505.tsv", 0.94, 0.01),
    # 25 artisans and shops of mainland France in French agenda notes: 81.4 %.
    ("devset-everyday506.tsv", 0.89, 0.02),
    # 25 trades and shops of Germany in German calendar entries, a fifth German set: 75.2 %.
    ("devset-everyday507.tsv", 0.91, 0.03),
    # 25 kinds of Italy in Italian WhatsApp and agenda notes: 82.0 %.
    ("devset-everyday508.tsv", 0.89, 0.02),
    # 25 kinds of Flanders and Brussels in Flemish agenda notes: 82.0 %.
    ("devset-everyday509.tsv", 0.91, 0.02),
    # 25 kinds of southern Italy and the islands in Italian notes, a second Italian angle: 86.4 %.
    ("devset-everyday510.tsv", 0.89, 0.025),
    # 25 kinds of the Netherlands in Dutch agenda notes, a third Dutch set: 84.6 %.
    ("devset-everyday511.tsv", 0.885, 0.045),
    # 25 kinds of farm, ranch, grower and rural business in farmers' notebook lines: 91.6 %.
    ("devset-everyday512.tsv", 0.92, 0.025),
    # 25 kinds of Portugal in European Portuguese agenda notes: 82.0 %.
    ("devset-everyday513.tsv", 0.88, 0.025),
    # 25 kinds of Indonesia (UMKM) in informal Indonesian notes: 87.4 %.
    ("devset-everyday514.tsv", 0.90, 0.02),
    # 25 kinds of Spain in Spanish-of-Spain agenda notes: 75.4 %.
    ("devset-everyday515.tsv", 0.84, 0.04),
    # 25 kinds of the Philippines in Taglish and Tagalog, a second set: 84.0 %.
    ("devset-everyday516.tsv", 0.875, 0.02),
    # 25 kinds of Malaysia and Singapore in Malay mixed with English, a third Malay set: 92.8 %.
    ("devset-everyday517.tsv", 0.95, 0.01),
    # 25 kinds of Central America and the Caribbean in Spanish WhatsApp notes: 78.0 %.
    ("devset-everyday518.tsv", 0.81, 0.045),
    # 25 kinds of the Northeast and interior of Brazil, a third Brazilian set: 87.6 %.
    ("devset-everyday519.tsv", 0.89, 0.025),
    # 25 kinds of Québec in Québec French agenda entries: 84.0 %.
    ("devset-everyday520.tsv", 0.88, 0.03),
    # 25 kinds of West and Central Africa in French WhatsApp notes, a second set: 80.6 %.
    ("devset-everyday521.tsv", 0.86, 0.035),
    # 25 kinds of the Caribbean and English-speaking Africa in their own English: 92.2 %.
    ("devset-everyday522.tsv", 0.93, 0.01),
    # 25 kinds of Argentina and Uruguay in Rioplatense Spanish notes: 80.6 %.
    ("devset-everyday523.tsv", 0.85, 0.03),
    # 25 cafés, food shops and service businesses of Germany in German WhatsApp messages: 81.8 %.
    ("devset-everyday524.tsv", 0.89, 0.025),
    # 25 kinds of India in Hinglish notes, the first set with Hindi words: 72.8 %.
    ("devset-everyday525.tsv", 0.82, 0.035),
    # 25 kinds of Austria in Austrian German notes, with dialect past forms: 79.4 %.
    ("devset-everyday526.tsv", 0.89, 0.05),
    # 25 kinds of Angola, Mozambique, Cabo Verde and Guinea-Bissau in Portuguese notes: 84.8 %.
    ("devset-everyday527.tsv", 0.875, 0.03),
    # 25 kinds of Mexico in Mexican Spanish notes typed like voice notes: 81.2 %.
    ("devset-everyday528.tsv", 0.84, 0.065),
    # 25 kinds of France in French notebook notes, a second set: 87.4 %.
    ("devset-everyday529.tsv", 0.89, 0.03),
    # 25 kinds of Ireland and Scotland in their own English: 96.6 %.
    ("devset-everyday530.tsv", 0.96, 0.005),
    # 25 US trades and home services in job-app notes: 97.2 %.
    ("devset-everyday531.tsv", 0.97, 0.005),
    # 25 kinds of Germany in German notebook notes, a sixth set: 89.2 %.
    ("devset-everyday532.tsv", 0.91, 0.04),
    # 25 kinds of business in their calendar entries' titles: 93.2 %.
    ("devset-everyday533.tsv", 0.93, 0.01),
    # 25 kinds of business in their staff's own weekly logs: 95.2 %.
    ("devset-everyday534.tsv", 0.95, 0.005),
    # 25 kinds of Canada in Canadian English: 97.6 %.
    ("devset-everyday535.tsv", 0.97, 0.005),
    # 25 kinds of Australia and New Zealand in their own English: 97.2 %.
    ("devset-everyday536.tsv", 0.97, 0.005),
    # 25 creative freelancers and studios: 93.8 %.
    ("devset-everyday537.tsv", 0.93, 0.01),
    # 25 health and wellness practices in front-desk notes: 96.6 %.
    ("devset-everyday538.tsv", 0.96, 0.005),
    # 25 kinds of Italy in Italian notebook notes, a second set: 84.4 %.
    ("devset-everyday539.tsv", 0.91, 0.025),
    # 25 US restaurants, bars, cafés and food trucks with kitchen and POS jargon: 95.2 %.
    ("devset-everyday540.tsv", 0.95, 0.015),
    # 25 kinds of Spain in notebook and WhatsApp notes, a second set: 85.0 %.
    ("devset-everyday541.tsv", 0.87, 0.02),
    # 25 kinds of Brazil in WhatsApp notes, a fourth set: 91.2 %.
    ("devset-everyday542.tsv", 0.935, 0.015),
    # 25 kinds of the UK outside London in their own English: 94.8 %.
    ("devset-everyday543.tsv", 0.945, 0.005),
    # 25 business-to-business firms in CRM activity notes: 95.2 %.
    ("devset-everyday544.tsv", 0.95, 0.01),
    # 25 kinds of the Netherlands in Dutch notebook notes, a fourth set: 85.8 %.
    ("devset-everyday545.tsv", 0.915, 0.02),
    # 25 kinds of Indonesia in Indonesian WhatsApp notes, a second set: 91.0 %.
    ("devset-everyday546.tsv", 0.925, 0.01),
    # 25 franchises and multi-site businesses in managers' weekly reports: 96.6 %.
    ("devset-everyday547.tsv", 0.96, 0.005),
    # 25 kinds of business in notes dictated to a phone: 95.4 %.
    ("devset-everyday548.tsv", 0.95, 0.005),
    # 25 kinds of business in long, chatty lines with a main point: 89.2 %.
    ("devset-everyday549.tsv", 0.89, 0.005),
    # 25 kinds of Singapore and Malaysia in Singlish and Manglish: 96.6 %.
    ("devset-everyday550.tsv", 0.965, 0.005),
    # 25 kinds of Portugal in European Portuguese notes, a second set: 87.2 %.
    ("devset-everyday551.tsv", 0.895, 0.025),
    # 25 kinds of Québec in Québec French notes, a second set: 87.6 %.
    ("devset-everyday552.tsv", 0.895, 0.025),
    # 25 independent retail shops: 92.4 %.
    ("devset-everyday553.tsv", 0.92, 0.01),
    # 25 non-profits and community groups: 93.8 %.
    ("devset-everyday554.tsv", 0.935, 0.01),
    # 25 tourism and hospitality businesses: 95.4 %.
    ("devset-everyday555.tsv", 0.95, 0.005),
    # 25 education, training and childcare businesses: 95.8 %.
    ("devset-everyday556.tsv", 0.955, 0.01),
    # 25 beauty and personal-care businesses: 96.0 %.
    ("devset-everyday557.tsv", 0.955, 0.01),
    # 25 kinds of Colombia, Peru, Ecuador, Chile and Venezuela in their Spanish: 87.4 %.
    ("devset-everyday558.tsv", 0.895, 0.025),
    # 25 kinds of the Philippines in Tagalog and Taglish, a third set: 86.0 %.
    ("devset-everyday559.tsv", 0.895, 0.025),
    # 25 solo consultants, coaches and freelancers: 92.8 %.
    ("devset-everyday560.tsv", 0.925, 0.005),
    # 25 kinds of Malaysia in Bahasa Malaysia notes: 87.8 %.
    ("devset-everyday561.tsv", 0.895, 0.02),
    # 25 building and renovation businesses: 93.4 %.
    ("devset-everyday562.tsv", 0.93, 0.01),
    # 25 automotive businesses: 95.2 %.
    ("devset-everyday563.tsv", 0.95, 0.01),
    # 25 kinds of India in Hinglish, a second set: 76.6 %.
    ("devset-everyday564.tsv", 0.79, 0.065),
    # 25 small agencies and studios in staff timesheet entries: 83.4 %.
    ("devset-everyday565.tsv", 0.83, 0.015),
    # 25 solo consultants, coaches and one-person services, a second set: 84.0 %.
    ("devset-everyday566.tsv", 0.835, 0.005),
    # 25 kinds of Germany in German notebook notes, a seventh set: 91.0 %.
    ("devset-everyday567.tsv", 0.925, 0.015),
    # 25 non-profits, charities and community groups, a second set: 90.8 %.
    ("devset-everyday568.tsv", 0.92, 0.015),
    # 25 independent retail shops, a second set: 91.8 %.
    ("devset-everyday569.tsv", 0.93, 0.005),
    # 25 kinds of India in Hinglish, a third set: 76.2 %.
    ("devset-everyday570.tsv", 0.83, 0.035),
    # 25 online sellers and e-commerce brands: 94.6 %.
    ("devset-everyday571.tsv", 0.945, 0.015),
    # 25 kinds of Mexico in Mexican Spanish, a second set: 84.8 %.
    ("devset-everyday572.tsv", 0.885, 0.025),
    # 25 farms and food producers selling direct and wholesale, a second set: 97.6 %.
    ("devset-everyday573.tsv", 0.975, 0.015),
    # 25 property businesses: 92.6 %.
    ("devset-everyday574.tsv", 0.92, 0.01),
    # 25 wedding and event businesses: 96.0 %.
    ("devset-everyday575.tsv", 0.955, 0.005),
    # 25 kinds of Italy in Italian notebook notes, a third set: 89.6 %.
    ("devset-everyday576.tsv", 0.91, 0.015),
    # 25 small professional firms in time-tracking entries: 91.6 %.
    ("devset-everyday577.tsv", 0.91, 0.01),
    # 25 kinds of Nigeria, Ghana, Kenya and Uganda in their owners' English: 93.0 %.
    ("devset-everyday578.tsv", 0.94, 0.005),
    # 25 kinds of Argentina and Uruguay in rioplatense Spanish: 83.2 %.
    ("devset-everyday579.tsv", 0.855, 0.035),
    # 25 fitness, sport and leisure businesses: 96.0 %.
    ("devset-everyday580.tsv", 0.955, 0.005),
    # 25 small manufacturers and workshops in production managers' notes: 91.2 %.
    ("devset-everyday581.tsv", 0.91, 0.01),
    # 25 kinds of Jamaica, Trinidad, Barbados, Guyana and the Bahamas in Caribbean English: 93.2 %.
    ("devset-everyday582.tsv", 0.935, 0.005),
    # 25 kinds of India, Pakistan, Bangladesh and Sri Lanka in their owners' English: 93.4 %.
    ("devset-everyday583.tsv", 0.93, 0.01),
    # 25 kinds of Brazil in WhatsApp notes, a fifth set: 92.4 %.
    ("devset-everyday584.tsv", 0.93, 0.02),
    # 25 small tech and software businesses in stand-ups and founders' notes: 90.8 %.
    ("devset-everyday585.tsv", 0.905, 0.015),
    # 25 kinds of France in French notes, a third set: 88.0 %.
    ("devset-everyday586.tsv", 0.89, 0.035),
    # 25 US tradespeople and home services as texts and job-app notes, a second set: 95.4 %.
    ("devset-everyday587.tsv", 0.95, 0.01),
    # 25 kinds of Flanders in Flemish Dutch notes: 86.8 %.
    ("devset-everyday588.tsv", 0.91, 0.015),
    # 25 health, care and wellbeing practices, a second set: 94.0 %.
    ("devset-everyday589.tsv", 0.935, 0.005),
    # 25 kinds of Indonesia in Indonesian WhatsApp notes, a third set: 88.6 %.
    ("devset-everyday590.tsv", 0.89, 0.02),
    # 25 kinds of Austria and Switzerland in their German: 86.8 %.
    ("devset-everyday591.tsv", 0.88, 0.035),
    # 25 restaurants, pubs, cafés and takeaways of the UK and Ireland in shift logs: 93.2 %.
    ("devset-everyday592.tsv", 0.93, 0.005),
    # 25 kinds of the Philippines in Tagalog and Taglish, a fourth set: 88.4 %.
    ("devset-everyday593.tsv", 0.915, 0.01),
    # 25 childcare, tutoring, education and training businesses, a second set: 94.2 %.
    ("devset-everyday594.tsv", 0.94, 0.005),
    # 25 kinds of the Netherlands in Dutch notes, a fifth set: 88.0 %.
    ("devset-everyday595.tsv", 0.89, 0.03),
    # 25 kinds of India in Hinglish as longer voice and WhatsApp messages, a fourth set: 82.0 %.
    ("devset-everyday596.tsv", 0.83, 0.025),
    # 25 creative freelancers and small studios, a second set: 94.0 %.
    ("devset-everyday597.tsv", 0.935, 0.015),
    # 25 market traders, home food businesses and street vendors: 94.4 %.
    ("devset-everyday598.tsv", 0.94, 0.005),
    # 25 kinds of Malaysia in Bahasa Malaysia notes, a second set: 89.8 %.
    ("devset-everyday599.tsv", 0.905, 0.015),
    # 25 kinds of Portugal in European Portuguese notes, a third set: 87.2 %.
    ("devset-everyday600.tsv", 0.87, 0.025),
    # 25 rural and small-town businesses of the US and Canada: 96.4 %.
    ("devset-everyday601.tsv", 0.96, 0.005),
    # 25 business-to-business service firms in account and ops managers' notes: 90.8 %.
    ("devset-everyday602.tsv", 0.905, 0.01),
    # 25 kinds of Spain in Spanish notes, a third set: 83.2 %.
    ("devset-everyday603.tsv", 0.84, 0.055),
    # 25 kinds of Québec in Québec French notes, a third set: 86.2 %.
    ("devset-everyday604.tsv", 0.88, 0.025),
])
def test_development_set_accuracy(name, accuracy, unclassified):
    """The labelled development sets stay at least this right, with at most this unclassified."""
    lines = (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines()
    result = evaluate(CLASSIFIER, read_labelled(lines, name))
    assert result.total >= 300
    assert result.accuracy >= accuracy, f"accuracy {result.accuracy:.1%}"
    assert result.unclassified < unclassified, f"unclassified {result.unclassified:.1%}"


def test_a_disagreement_inside_one_document_says_so():
    result = CLASSIFIER.classify("replied to comments on our FB posts")
    assert result.contested and result.label == "marketing"
    assert "Contested: 001 also puts this under sales" in result.explanation
