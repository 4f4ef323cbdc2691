"""A fourth check: 70 news texts (sentences, two-sentence leads, captions) a helper wrote seeing neither
code nor data, after the third check's fixes were in.

Two for each of the 30 labels and 10 with no event of ours. The main event of 55 of 70 was typed
right on the first run (the best estimate here of how the rules do on text they were not written
from); the general fixes they prompted ("take cover" is no taking, a scare-quoted 'massacre' is no
massacre, passive victims are not the attackers, ...) bring 64. The 6 still wrong are expected
failures, each with why.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_texts import check_main_sub_type

WHY = {
    "Dozens of residents of the besieged town of Kafr Mahla": "'a yellowish gas' names no agent: only the rockets are seen",
    "Attacker drives explosives-laden vehicle": "a car bomb driven by its bomber: nothing says 'suicide'",
    "Villagers gather around the crater": "the crater of a shell is the first reading; the hidden bomb sits in a participle clause",
    "Family of journalist Omar Haddad": "'has not been seen since' sits in a clause the parse joins to the family's saying",
    "Police drag away students staging sit-in": "the sit-in is told in a participle, the detentions in a clause of their own",
    "The Islamic State's West Africa branch said": "a claim told as the group's statement that its fighters did it, not as 'claimed responsibility'",
}

WRITTEN = [
    (
        "Armed clash",
        "Fighters of the Mai-Mai Kifuafua and Congolese army soldiers exchanged fire for nearly four hours near the village of Kasugho on 12 March, leaving at least seven combatants dead. Neither side advanced, a civil society leader in Lubero territory said.",
    ),
    (
        "Armed clash",
        "Malian soldiers take cover behind an armoured vehicle during a firefight with suspected jihadist fighters on the road to Gao airport, 4 June.",
    ),
    (
        "Government regains territory",
        "Government forces have retaken the town of Kalemba from rebels of the Northern Liberation Front after two days of fighting, an army spokesman said on Sunday.",
    ),
    (
        "Government regains territory",
        "Burkinabe soldiers raise the national flag in Djibodi after the town was wrested back from militants who had controlled it since January.",
    ),
    (
        "Non-state actor overtakes territory",
        "Ethnic armed fighters overran the last army battalion base in Minbya township on 3 November and now hold the entire town, a spokesperson for the group said. Junta troops suffered heavy losses during the week-long assault, residents reported.",
    ),
    (
        "Non-state actor overtakes territory",
        "Al-Shabaab fighters seize coastal town of Ceel Dheere after overnight battle that forced Somali troops to retreat",
    ),
    (
        "Chemical weapon",
        "Dozens of residents of the besieged town of Kafr Mahla were treated for choking and foaming at the mouth after rockets releasing a yellowish gas landed on Tuesday night, local medics said.",
    ),
    (
        "Chemical weapon",
        "A boy is given oxygen at a makeshift clinic in Zamalka after a suspected sarin attack that monitors say killed at least 40 people on 7 April.",
    ),
    (
        "Air/drone strike",
        "At least nine people were killed when a drone struck a pickup truck on the road between Jilib and Bu'aale on Thursday, district officials said. The vehicle was reportedly carrying militants to a meeting.",
    ),
    (
        "Air/drone strike",
        "Rescuers search the rubble of a residential block in Saada after warplanes bombed the neighbourhood overnight, 21 February.",
    ),
    (
        "Suicide bomb",
        "A man wearing an explosives vest blew himself up at the entrance of a Shia mosque in Kunduz during Friday prayers, killing at least 31 worshippers, hospital sources said.",
    ),
    (
        "Suicide bomb",
        "Attacker drives explosives-laden vehicle into army base gate near Mogadishu, dying in a blast that killed six soldiers, officials say",
    ),
    (
        "Shelling/artillery/missile attack",
        "Artillery rounds slammed into the market area of Kostiantynivka on Saturday morning, killing four civilians and wounding eleven, the regional governor said. The fire reportedly came from positions about 20 kilometres to the east.",
    ),
    (
        "Shelling/artillery/missile attack",
        "Firefighters douse a burning warehouse in the port of Odesa that was struck by a ballistic missile in the early hours of 9 May.",
    ),
    (
        "Remote explosive/landmine/IED",
        "Three soldiers were killed and two others injured when their patrol vehicle hit a roadside bomb near Tillabéri on Monday, Niger's defence ministry said.",
    ),
    (
        "Remote explosive/landmine/IED",
        "Villagers gather around the crater left by a bomb hidden in a parked motorcycle that was set off remotely in a crowded Quetta market, killing five, 14 October.",
    ),
    (
        "Grenade",
        "Two people were wounded when an unidentified assailant lobbed a hand grenade into a bar in Bujumbura's Kamenge neighbourhood late on Saturday, police said. The attacker fled on foot.",
    ),
    (
        "Grenade",
        "Militants lob grenade at security picket in Srinagar's old city, injuring three officers and a passer-by, police say",
    ),
    (
        "Sexual violence",
        "Eleven women were raped by armed men who raided the village of Kigulube overnight, a local health worker told reporters on Wednesday.",
    ),
    (
        "Sexual violence",
        "A 15-year-old girl was assaulted and raped by two soldiers at a checkpoint outside Juba, her family said on 3 May. The army said it had opened an investigation into the incident.",
    ),
    (
        "Attack",
        "Gunmen on motorcycles opened fire on worshippers leaving a church in the village of Ngbarr, killing 14 people, Plateau state police said on Sunday.",
    ),
    (
        "Attack",
        "Mourners bury victims of an overnight raid by armed men on the farming settlement of Tudun Wada, where 22 villagers were shot or hacked to death.",
    ),
    (
        "Abduction/forced disappearance",
        "Armed men seized 27 passengers from a bus on the Kaduna-Abuja highway on Tuesday and marched them into the forest, a survivor said. No ransom demand had been made by Wednesday evening.",
    ),
    (
        "Abduction/forced disappearance",
        "Family of journalist Omar Haddad says he has not been seen since men in plain clothes took him from his home in Aleppo on 3 March",
    ),
    (
        "Peaceful protest",
        "Several thousand teachers marched through central Nairobi on Thursday demanding payment of salary arrears, before dispersing without incident outside parliament.",
    ),
    (
        "Peaceful protest",
        "Residents hold placards reading 'Water is a right' during a sit-in outside the municipal building in Cochabamba, 18 September.",
    ),
    (
        "Protest with intervention",
        "Riot police used tear gas and water cannon to break up a gathering of opposition supporters in central Tbilisi on Saturday, detaining at least 40 people. Organisers said the rally had been entirely peaceful.",
    ),
    (
        "Protest with intervention",
        "Police drag away students staging sit-in at Dhaka university gate on Monday; 23 detained, no injuries reported",
    ),
    (
        "Excessive force against protesters",
        "Security forces fired live rounds at demonstrators calling for the release of political prisoners in Conakry on Wednesday, killing three young men, witnesses said. The march had been calm until troops arrived.",
    ),
    (
        "Excessive force against protesters",
        "The body of a marcher shot dead by soldiers during a peaceful rally against fuel prices is carried through the streets of Kano, 6 August.",
    ),
    (
        "Violent demonstration",
        "Youths angry over the killing of a motorcycle taxi driver set fire to a police station and pelted officers with stones in Bukavu on Monday, local authorities said.",
    ),
    (
        "Violent demonstration",
        "Demonstrators hurl petrol bombs at riot police and torch tyres on a main avenue in Santiago during protests over pension reform, 19 October.",
    ),
    (
        "Mob violence",
        "A crowd beat to death a man accused of stealing a goat in the village of Kiryandongo on Tuesday, police said. Officers arrived only after the victim had died.",
    ),
    (
        "Mob violence",
        "Villagers in Acatlán, Puebla, lynched two men suspected of child abduction on Wednesday, dousing them with petrol and setting them alight outside the local police station, state prosecutors said.",
    ),
    (
        "Agreement",
        "The Sudanese army and the Blue Nile People's Front signed a cessation of hostilities in Juba on Friday, committing to halt fighting for 90 days. Mediators said talks on a final settlement would resume next month.",
    ),
    (
        "Agreement",
        "Freed prisoners board a bus at a crossing point near Sumy after the two sides swapped 95 captives each in a deal brokered by the UAE, 14 June.",
    ),
    (
        "Arrests",
        "Police in Harare detained opposition spokesperson Tendai Moyo on Tuesday on charges of inciting public violence, his lawyer said.",
    ),
    (
        "Arrests",
        "Turkish authorities took 18 people into custody in dawn raids across Istanbul on Thursday over alleged links to an outlawed leftist group, the state news agency reported.",
    ),
    (
        "Change to group/activity",
        "Chad sent an additional 1,200 troops to the Lake Chad region on Monday to reinforce positions along the border with Nigeria, the army said. The soldiers reached Bol by road convoy.",
    ),
    (
        "Change to group/activity",
        "Soldiers from Kenya and Uganda take part in joint live-fire drills near Isiolo, the largest such exercise in the region this year, 2 July.",
    ),
    (
        "Disrupted weapons use",
        "Bomb disposal experts defused an improvised device planted under a bridge on the Srinagar-Jammu highway on Sunday, police said, averting what they called a major attack.",
    ),
    (
        "Disrupted weapons use",
        "Troops recovered 40 assault rifles, 12,000 rounds of ammunition and several rocket launchers from a hideout in Kidal region on 5 June, the army said. No one was found at the site.",
    ),
    (
        "Headquarters or base established",
        "Foreign military contractors have set up a permanent base at the former peacekeeping camp in Ber, local officials said on Thursday.",
    ),
    (
        "Headquarters or base established",
        "The rebel group opened a new command post in the hills above Kitshanga this week and declared it its regional headquarters, residents and a group commander said.",
    ),
    (
        "Looting/property destruction",
        "Unidentified militiamen ransacked and burned at least 60 homes in the village of Mabanga after residents fled, a local chief said on Friday. Livestock and food stocks were also carried off.",
    ),
    (
        "Looting/property destruction",
        "Charred stalls stand in El Geneina's central market, which soldiers plundered and set ablaze overnight, 8 May.",
    ),
    (
        "Non-violent transfer of territory",
        "Government troops pulled out of the town of Sékoro without firing a shot on Sunday and rebel fighters moved in hours later, residents said.",
    ),
    (
        "Non-violent transfer of territory",
        "Armed faction hands over control of Wadi Zamzam checkpoint to interior ministry forces and withdraws its fighters, with no shots fired",
    ),
    (
        "Other",
        "Authorities declared a 30-day state of emergency and imposed a dusk-to-dawn curfew across three northern provinces on Monday following a string of attacks.",
    ),
    (
        "Other",
        "Families who fled their villages in the north set up tents in a schoolyard in Kaya, where more than 5,000 newly displaced people have arrived since Sunday, 23 January.",
    ),
    (
        "Diplomacy",
        "The European Union imposed asset freezes and travel bans on eight senior military officers on Monday over the crackdown on dissent. The bloc's foreign policy chief said further measures were possible.",
    ),
    (
        "Diplomacy",
        "Niger's military government ordered the French ambassador to leave the country within 48 hours on Friday, accusing Paris of 'hostile acts' against the authorities in Niamey.",
    ),
    (
        "Organized crime",
        "Armed robbers held up a cash-in-transit van on the N1 highway near Polokwane on Thursday, escaping with an undisclosed sum in a waiting getaway car, police said.",
    ),
    (
        "Organized crime",
        "Hackers linked to a ransomware gang locked the computer systems of a Costa Rican hospital network on 4 April, demanding $5 million for their release. Officials said patient records may have been stolen.",
    ),
    (
        "Natural disaster",
        "A magnitude 6.4 earthquake struck the mountainous province of Bingöl early on Tuesday, flattening dozens of houses and killing at least 12 people, the disaster agency said.",
    ),
    (
        "Natural disaster",
        "Residents wade through waist-deep water in Sylhet after days of monsoon rains swelled rivers across northeastern Bangladesh, 20 June.",
    ),
    (
        "Man-made disaster",
        "At least 23 people were killed when a passenger bus plunged off a mountain road into a ravine in Nepal's Dhading district on Saturday, police said. The driver is believed to have lost control on a sharp bend.",
    ),
    (
        "Man-made disaster",
        "Explosion at fertiliser plant in Bharuch kills nine workers after a gas leak ignites during a night shift, factory officials say",
    ),
    (
        "Attribution of responsibility",
        "The Islamic State's West Africa branch said in a statement on Monday that its fighters carried out Sunday's ambush on a military convoy near Monguno.",
    ),
    (
        "Attribution of responsibility",
        "Pakistan's interior minister on Saturday blamed a banned separatist group for the bombing of a passenger train near Sibi. A spokesman for the group denied any involvement, calling the accusation propaganda.",
    ),
    (
        None,
        "Striker Amadou Keita scored twice as Horoya routed their rivals 4-0 in the CAF Champions League on Sunday, in what the coach called a 'massacre' of the opposition's defence.",
    ),
    (
        None,
        "Shares of the telecom operator surged 12 percent on Tuesday after it reported record quarterly profits. The company also announced a higher dividend for shareholders.",
    ),
    (
        None,
        "Dancers in beaded costumes perform during the opening night of the annual Lagos arts festival at the National Theatre, 2 December.",
    ),
    (
        None,
        "Analysts warn that the region could face renewed unrest next year if food prices keep climbing, according to a report released on Thursday.",
    ),
    (
        None,
        "The central bank left its benchmark interest rate unchanged at 8.5 percent on Wednesday, citing easing inflation. Most economists had expected the decision.",
    ),
    (
        None,
        "Film review: 'The Siege of Hearts' bombards audiences with explosive action sequences but offers little emotional depth",
    ),
    (
        None,
        "A new 400-bed hospital funded by the provincial government opened in Multan on Monday, officials said. It is expected to serve nearly two million people.",
    ),
    (
        None,
        "Chess prodigy, 12, storms past three grandmasters to clinch national title in Chennai on final day of tournament",
    ),
    (
        None,
        "Voters in the district will choose a new mayor on 14 November, with four candidates registered so far, the electoral commission said on Tuesday.",
    ),
    (
        None,
        "Opinion: Why the so-called war on plastic needs more than bans on bags and straws to win over shoppers",
    ),
]


@pytest.mark.parametrize(("sub_type", "text"), WRITTEN)
def test_news_texts_written_by_someone_who_saw_neither_code_nor_data(
    nlp: Any, sub_type: str | None, text: str, request: pytest.FixtureRequest
) -> None:
    check_main_sub_type(nlp, request, sub_type, text, WHY)
