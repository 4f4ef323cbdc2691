"""A third check: 105 news-like sentences written by a helper who saw neither the code nor the dev sets.

Three for each of the 30 labels and 15 with no event of ours (metaphors, sports, art). The main
event of 74 of 105 was typed right on the first run; the general fixes they prompted (a verb
"storm" is an assault, a background phrase does not vote on its clause, a state taking ground
from rebels regains it, fighting needs armed men, a battle in a painting is none, ...) bring 99.
The 6 still wrong are expected failures, each with why.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_texts import check_main_sub_type

WHY = {
    "An attacker rammed": "a car bomb driven by its bomber into a gate: nothing says 'suicide' but 'himself'",
    "A grenade hurled at": "the patrol the grenade was hurled at votes as a unit on the move",
    "Men on a motorcycle threw": "'an explosive device, later identified as a fragmentation grenade': the first name wins",
    "Hundreds of teachers gathered": "gathering, banners and chants sit in three clauses, each too weak alone",
    "Security forces rounded up": "the assembly the women held is told in a relative clause: only the arrest is seen",
    "India's batsmen bombarded": "a metaphor: cricket",
}

WRITTEN = [
    (
        "Armed clash",
        "Soldiers and Ansaroul Islam fighters traded fire for nearly three hours outside the town of Djibo on Tuesday, leaving at least 11 combatants dead, security sources said.",
    ),
    (
        "Armed clash",
        "Fierce fighting erupted overnight between the Sudanese army and Rapid Support Forces in the Omdurman district of Khartoum, residents told AFP, with neither side gaining ground.",
    ),
    (
        "Armed clash",
        "Two rival militias exchanged heavy gunfire near the port of Zawiya on Sunday, killing four fighters and forcing the closure of the coastal road, a local official said.",
    ),
    (
        "Government regains territory",
        "Colombian troops wrested control of the village of El Carmen from FARC dissidents after a two-day offensive, the defence ministry announced on Friday.",
    ),
    (
        "Government regains territory",
        "Ukrainian forces have liberated the village of Novoselivka in Zaporizhzhia region after weeks of grinding combat, the general staff said in a statement.",
    ),
    (
        "Government regains territory",
        "Somali National Army units, backed by clan militias, recaptured the strategic town of Ceel Dheer from al-Shabaab militants early Monday, state media reported.",
    ),
    (
        "Non-state actor overtakes territory",
        "M23 rebels seized the mining town of Rubaya in eastern Congo on Tuesday after government soldiers fled following heavy fighting, local sources said.",
    ),
    (
        "Non-state actor overtakes territory",
        "Jihadist fighters stormed and took over the army post at Tinzawaten after a fierce battle, raising their black flag over the base, a Malian security source said.",
    ),
    (
        "Non-state actor overtakes territory",
        "Arakan Army insurgents captured the township of Paletwa after driving out junta troops following weeks of fighting, the group said on Sunday.",
    ),
    (
        "Chemical weapon",
        "Syrian activists said at least 30 people suffered choking and foaming at the mouth after a chlorine-filled canister was dropped on the rebel-held town of Kafr Zita.",
    ),
    (
        "Chemical weapon",
        "Ukrainian soldiers near Kupiansk were hospitalised with breathing problems after Russian forces dropped munitions containing the toxic agent chloropicrin on their trenches, the military said.",
    ),
    (
        "Chemical weapon",
        "Islamic State militants fired rockets loaded with mustard agent at Kurdish Peshmerga lines south of Kirkuk, leaving a dozen fighters with blistered skin, coalition officials said.",
    ),
    (
        "Air/drone strike",
        "Warplanes pounded a market in the rebel-held town of Maarat Misrin on Monday, killing at least nine civilians, rescuers said.",
    ),
    (
        "Air/drone strike",
        "A Turkish drone hit a vehicle carrying two PKK commanders near Qandil in northern Iraq, Kurdish officials said.",
    ),
    (
        "Air/drone strike",
        "Myanmar military jets bombed a camp for displaced people in Kachin state overnight, killing 14, including children, according to local rescue workers.",
    ),
    (
        "Suicide bomb",
        "A bomber detonated an explosives vest among worshippers at a Shiite mosque in Kunduz during Friday prayers, killing at least 42 people, officials said.",
    ),
    (
        "Suicide bomb",
        "An attacker rammed an explosives-laden car into the gate of a military base in Mogadishu's Hodan district on Saturday, killing five soldiers and himself, police said.",
    ),
    (
        "Suicide bomb",
        "Two female bombers blew themselves up at a crowded fish market in Konduga, Borno state, late Sunday, killing 12, emergency officials said.",
    ),
    (
        "Shelling/artillery/missile attack",
        "Russian shelling struck a residential block in Kherson on Wednesday, killing two pensioners and wounding seven, the regional governor said.",
    ),
    (
        "Shelling/artillery/missile attack",
        "Mortar rounds slammed into a crowded bus station in El Fasher, killing six people, according to a local resistance committee.",
    ),
    (
        "Shelling/artillery/missile attack",
        "Houthi forces fired a ballistic missile at an oil facility in Marib province, causing a fire but no casualties, the Yemeni government said.",
    ),
    (
        "Remote explosive/landmine/IED",
        "A roadside bomb ripped through a police vehicle in Pakistan's North Waziristan district on Thursday, killing three officers, officials said.",
    ),
    (
        "Remote explosive/landmine/IED",
        "Two children herding goats were killed when they stepped on a landmine near Kidal, a local health official told Reuters.",
    ),
    (
        "Remote explosive/landmine/IED",
        "A magnetic bomb attached to a car exploded in central Kabul during the morning rush hour, wounding a former provincial official, police said.",
    ),
    (
        "Grenade",
        "Unidentified assailants lobbed a hand grenade into a bar in Bujumbura's Kamenge quarter late Saturday, wounding eight patrons, police said.",
    ),
    (
        "Grenade",
        "A grenade hurled at a paramilitary patrol in Srinagar's old city missed its target and exploded on the roadside, injuring four passers-by, police said.",
    ),
    (
        "Grenade",
        "Men on a motorcycle threw an explosive device, later identified as a fragmentation grenade, at the gate of a radio station in Guayaquil, damaging the entrance, authorities said.",
    ),
    (
        "Sexual violence",
        "Soldiers raped at least 17 women during a raid on a village in South Kivu last week, the UN mission said, citing survivors' testimony.",
    ),
    (
        "Sexual violence",
        "A teenage girl was gang-raped by members of a local militia at a checkpoint outside Tawila, a women's rights group in Darfur said on Monday.",
    ),
    (
        "Sexual violence",
        "Gunmen stripped and sexually assaulted two female aid workers after stopping their convoy in Ouham prefecture, the charity said.",
    ),
    (
        "Attack",
        "Gunmen stormed the village of Dogo Nahawa in Plateau state overnight, shooting dead 23 residents as they slept, local leaders said.",
    ),
    (
        "Attack",
        "Suspected ADF militants hacked to death 11 farmers with machetes in Beni territory, a civil society leader said on Wednesday.",
    ),
    (
        "Attack",
        "Unknown assailants shot dead a local journalist outside his home in Culiacan on Monday, Sinaloa state prosecutors said.",
    ),
    (
        "Abduction/forced disappearance",
        "Bandits seized 37 students from a boarding school in Kebbi state before dawn on Friday and marched them into the forest, police said.",
    ),
    (
        "Abduction/forced disappearance",
        "A prominent Baloch activist went missing after being taken from his home in Quetta by men in plain clothes, his family said.",
    ),
    (
        "Abduction/forced disappearance",
        "Al-Shabaab militants kidnapped two Kenyan teachers near Mandera after stopping a passenger bus, a security official said.",
    ),
    (
        "Peaceful protest",
        "Thousands of people marched through central Tbilisi on Sunday waving EU flags to denounce the proposed foreign agents law, in a rally that passed off without incident.",
    ),
    (
        "Peaceful protest",
        "Cotton farmers staged a sit-in outside the commissioner's office in Multan demanding higher support prices, organisers said.",
    ),
    (
        "Peaceful protest",
        "Hundreds of teachers gathered in front of Congress in Lima to demand unpaid salaries, holding banners and chanting slogans.",
    ),
    (
        "Protest with intervention",
        "Police fired tear gas to disperse hundreds of opposition supporters who had gathered outside the electoral commission in Dakar, detaining around 20 people.",
    ),
    (
        "Protest with intervention",
        "Riot officers broke up a peaceful student march in Belgrade with batons and water cannon, leaving several demonstrators with minor bruises, witnesses said.",
    ),
    (
        "Protest with intervention",
        "Security forces rounded up dozens of women who had assembled silently outside the justice ministry in Tehran to demand the release of their sons, rights groups said.",
    ),
    (
        "Excessive force against protesters",
        "Security forces opened fire on unarmed demonstrators in Bahir Dar on Friday, killing at least five and seriously wounding 30, witnesses said.",
    ),
    (
        "Excessive force against protesters",
        "Soldiers used live ammunition against a peaceful crowd protesting fuel prices in Kano, leaving one teenager dead, Amnesty International said.",
    ),
    (
        "Excessive force against protesters",
        "A protester lost an eye and two others were hospitalised with fractured skulls after police charged a peaceful candlelight vigil in Nairobi, human rights monitors said.",
    ),
    (
        "Violent demonstration",
        "Angry youths torched a police station and hurled stones at officers in Nkhotakota after the death of a motorcycle taxi driver in custody, police said.",
    ),
    (
        "Violent demonstration",
        "Protesters ransacked the offices of the ruling party and set tyres ablaze on the main highway in Port-au-Prince on Tuesday to denounce fuel shortages.",
    ),
    (
        "Violent demonstration",
        "Demonstrators smashed shop windows and pelted riot police with petrol bombs in central Athens following a march marking the anniversary of a teenager's killing.",
    ),
    (
        "Mob violence",
        "A mob lynched a man accused of stealing a motorcycle in Kampala's Kisenyi suburb, beating him to death before police arrived.",
    ),
    (
        "Mob violence",
        "A crowd of villagers beat a Christian couple and set their house on fire in Punjab's Sargodha district after accusations of blasphemy, police said.",
    ),
    (
        "Mob violence",
        "Vigilante residents dragged two suspected child kidnappers from a minibus in Puebla state and burned them alive, prosecutors said.",
    ),
    (
        "Agreement",
        "The Ethiopian government and Tigrayan forces signed a deal in Pretoria to permanently silence the guns, African Union mediators announced.",
    ),
    (
        "Agreement",
        "Russia and Ukraine swapped 95 prisoners of war each on Thursday in a UAE-mediated exchange, both sides confirmed.",
    ),
    (
        "Agreement",
        "More than 200 fighters of a local armed group laid down their weapons and surrendered to the army in Mindanao, the military said.",
    ),
    (
        "Arrests",
        "Police detained opposition leader Kizito Mwangi at his home in the early hours of Wednesday, a day before a planned rally, his lawyer said.",
    ),
    (
        "Arrests",
        "Taliban intelligence agents arrested two women's rights activists in Mazar-i-Sharif, a UN special rapporteur said.",
    ),
    (
        "Arrests",
        "Turkish authorities took into custody 46 suspects, including three mayors, in raids across five provinces over alleged links to the PKK, state media said.",
    ),
    (
        "Change to group/activity",
        "Kenya deployed 400 police officers to Haiti on Tuesday as the first contingent of a multinational security mission, officials said.",
    ),
    (
        "Change to group/activity",
        "The Russian army began large-scale military exercises involving 12,000 troops near the border with Finland, the defence ministry said.",
    ),
    (
        "Change to group/activity",
        "Two jihadist factions in northern Burkina Faso announced their merger under a single command, according to a statement seen by AFP.",
    ),
    (
        "Disrupted weapons use",
        "Bomb disposal experts defused an explosive device hidden under a bridge on the Kabul-Jalalabad highway, the interior ministry said.",
    ),
    (
        "Disrupted weapons use",
        "Troops seized a cache of 70 rifles, rocket-propelled grenades and thousands of rounds of ammunition from a militant hideout in Manipur, the army said.",
    ),
    (
        "Disrupted weapons use",
        "Police in Mombasa foiled a planned attack after intercepting a truck packed with explosives heading toward the port, a security official said.",
    ),
    (
        "Headquarters or base established",
        "Russian military instructors have set up a new base at the airport in Menaka, Malian security sources said.",
    ),
    (
        "Headquarters or base established",
        "Al-Shabaab fighters established a new training camp in the forests near Jilib, residents and intelligence officials said.",
    ),
    (
        "Headquarters or base established",
        "Turkey has built a new military outpost on a hilltop overlooking villages in Iraq's Duhok province, Kurdish officials said.",
    ),
    (
        "Looting/property destruction",
        "Armed men looted a World Food Programme warehouse in Nyala, making off with thousands of tonnes of food aid, the agency said.",
    ),
    (
        "Looting/property destruction",
        "Settlers set fire to olive groves and parked cars in a village near Nablus overnight, Palestinian officials said.",
    ),
    (
        "Looting/property destruction",
        "Suspected herders razed dozens of homes and burned a church in Benue state after residents fled, police said.",
    ),
    (
        "Non-violent transfer of territory",
        "Government troops withdrew from the border town of Anka without a fight and Tuareg rebels moved in hours later, residents said.",
    ),
    (
        "Non-violent transfer of territory",
        "Syrian government forces pulled out of positions around Manbij, allowing Kurdish-led SDF units to take over the area unopposed, a war monitor said.",
    ),
    (
        "Non-violent transfer of territory",
        "Houthi fighters entered the district centre of Harib after tribal militias abandoned it without resistance, local sources said.",
    ),
    (
        "Other",
        "Authorities imposed a 48-hour curfew on the city of Imphal after ethnic violence, ordering residents to stay indoors.",
    ),
    (
        "Other",
        "The military junta declared martial law in three northern provinces, suspending civilian courts, state television announced.",
    ),
    (
        "Other",
        "More than 15,000 people have fled their homes in Cabo Delgado's Macomia district over the past week amid fears of insurgent raids, the IOM said.",
    ),
    (
        "Diplomacy",
        "The European Union imposed sanctions on six Russian military intelligence officers over cyberattacks, freezing their assets, the bloc said.",
    ),
    (
        "Diplomacy",
        "Niger ordered the French ambassador to leave the country within 48 hours, the foreign ministry said.",
    ),
    (
        "Diplomacy",
        "The UN Security Council condemned the attack on peacekeepers in southern Lebanon and called for a swift investigation.",
    ),
    (
        "Organized crime",
        "Mexican authorities dismantled a human smuggling ring that moved migrants in sealed trailers across Chiapas, prosecutors said.",
    ),
    (
        "Organized crime",
        "Customs officers in Guayaquil found 2.3 tonnes of cocaine hidden in a shipment of bananas bound for Antwerp.",
    ),
    (
        "Organized crime",
        "A gang of armed robbers held up a cash-in-transit van on the Johannesburg-Pretoria highway, escaping with about 5 million rand, police said.",
    ),
    (
        "Natural disaster",
        "Flash floods swept through villages in Afghanistan's Baghlan province, killing at least 60 people and destroying hundreds of homes, officials said.",
    ),
    (
        "Natural disaster",
        "A magnitude 6.4 earthquake jolted southeastern Turkey on Monday, toppling buildings in Malatya and injuring dozens.",
    ),
    (
        "Natural disaster",
        "Cholera has killed 120 people in Zambia's Lusaka province since October, the health ministry said, as cases continue to rise.",
    ),
    (
        "Man-made disaster",
        "A fuel tanker overturned and exploded on the Kampala-Masaka highway, killing 19 people who had rushed to scoop leaking petrol, police said.",
    ),
    (
        "Man-made disaster",
        "A four-storey building under construction collapsed in Lagos's Ikoyi district, trapping dozens of workers, emergency services said.",
    ),
    (
        "Man-made disaster",
        "An overcrowded ferry capsized on Lake Kivu near Goma, with more than 50 passengers feared drowned, provincial authorities said.",
    ),
    (
        "Attribution of responsibility",
        "Islamic State's Sahel branch claimed responsibility for Sunday's ambush on a convoy near Ansongo in a statement released via its Amaq news agency.",
    ),
    (
        "Attribution of responsibility",
        "Pakistan blamed Afghan-based militants for the bombing of a police headquarters in Peshawar, with the defence minister saying the attackers had crossed the border.",
    ),
    (
        "Attribution of responsibility",
        "Hamas's armed wing denied any role in the rocket fire on Ashkelon, saying it was not behind the launches.",
    ),
    (
        None,
        "Real Madrid's attack looked toothless as they were held to a goalless draw by Getafe at the Bernabeu on Saturday.",
    ),
    (
        None,
        "Shares in telecom firm MTN Nigeria jumped 4% after the company reported stronger-than-expected quarterly earnings.",
    ),
    (
        None,
        "Forecasters expect mild temperatures and light rain across most of Kenya's highlands over the coming week.",
    ),
    (None, "The Bank of Ghana left its benchmark interest rate unchanged at 29%, citing easing inflation."),
    (
        None,
        "Pakistan's Supreme Court ruled that a tax on bank windfall profits was lawful, dismissing a petition by several lenders.",
    ),
    (
        None,
        "In a rural corner of Rwanda, a cooperative of coffee growers is betting on specialty beans to reach European cafes.",
    ),
    (
        None,
        "India's batsmen bombarded the Australian bowlers, smashing 22 sixes on their way to a record total in Bengaluru.",
    ),
    (
        None,
        "The film, which premiered at Cannes, follows a young Syrian refugee's journey to become a chef in Berlin.",
    ),
    (
        None,
        "Analysts say Brazil's president faces an uphill battle to push his pension reform through a divided Congress.",
    ),
    (
        None,
        "A restored 17th-century painting depicting a naval battle between Dutch and English fleets went on display at the Rijksmuseum on Thursday.",
    ),
    (
        None,
        "Oil prices edged higher on Tuesday as traders weighed supply concerns against weak demand from China.",
    ),
    (None, "Chile's copper output rose 3% in September compared with a year earlier, official data showed."),
    (
        None,
        "The election commission said voter registration would open on June 1 and run for six weeks ahead of the November polls.",
    ),
    (
        None,
        "Tech start-ups in Lagos are fighting a losing war for talent as engineers increasingly take remote jobs abroad, founders say.",
    ),
    (
        None,
        "A Ukrainian striker scored twice as Dynamo Kyiv crushed their rivals 4-0 to seal the league title.",
    ),
]


@pytest.mark.parametrize(("sub_type", "text"), WRITTEN)
def test_sentences_written_by_someone_who_saw_neither_code_nor_data(
    nlp: Any, sub_type: str | None, text: str, request: pytest.FixtureRequest
) -> None:
    check_main_sub_type(nlp, request, sub_type, text, WHY)
