// A faithful transcription of a real, public board paper, used as demo and test data:
// West Midlands Police and Police and Crime Commissioner, Strategic Policing and Crime Board,
// 22 February 2022, agenda item 7. The paper numbers its paragraphs 1-70 continuously.
//
// Each paragraph is one string without its leading number. The PDF's hard line-wraps are
// joined with single spaces and page-break blank lines removed; otherwise the text is exactly
// as printed, including the paper's own slips ("knifes", "10, 579", missing full stops).
// Fidelity matters more than polish: the figure checker is tested against these words.
// The /* n */ comments give the paper's paragraph numbers.

export type PaperSection = { heading: string; paragraphs: string[] };

/** The six National Crime and Policing Measures, in the paper's order. */
export const MEASURE_KEYS = ["homicide", "serious-violence", "drugs", "neighbourhood", "satisfaction", "cyber"] as const;
export type MeasureKey = (typeof MEASURE_KEYS)[number];

export const REFERENCE_MEETING = {
  boardName: "Strategic Policing and Crime Board",
  meetingDate: "2022-02-22",
  agendaItem: "7",
  planPriority: "Regular Item",
  title: "National Policing Priorities and Police and Crime Plan Scorecard",
  presenters: "Deputy Chief Constable Vanessa Jardine & Mark Kenyon",
};

export const FORCE_STATEMENT_TITLE = "National Policing Priorities – West Midlands Police Statement";
export const PCC_STATEMENT_TITLE = "National Policing Priorities – West Midlands Police and Crime Commissioner Statement February 2022";

/** "Purpose of paper", paragraphs 1-3. */
export const PURPOSE: string[] = [
  /* 1 */ "To provide an overview of performance against the National Crime and Policing Measures in a format to be used as West Midlands Police’s (WMP) official statement on performance and activities undertaken.",
  /* 2 */ "This statement is published along with a statement from the Police and Crime Commissioner as well as a Police and Crime Plan Key Performance Indicator (KPI) scorecard for measures where data is currently available.",
  /* 3 */ "This report meets the requirements of the Elected Local Policing Bodies (Specified Information) (Amendment) Order 2021.",
];

/** The force statement, one section per national measure: paragraphs 4-36. */
export const FORCE_SECTIONS: Record<MeasureKey, PaperSection> = {
  homicide: {
    heading: "Measure: Reduce Murder and other homicide",
    paragraphs: [
      /* 4 */ "The volume of Homicides in West Midlands has remained relatively stable in recent years averaging five a month. Volumes from January 2021 to December 2021 saw 46 homicides, compared to 52 in the year ending June 2019 baseline (National Baseline set by Home Office), a 12% reduction",
      /* 5 */ "A significant proportion of homicides are often linked to Organised Crime Groups activity (13%) or domestic-related offending (23%). Analysis of victims and offenders also show the high proportion of victims (33%) and offenders (56%) that are under the age of 25. Almost one in four homicides take place within WMP’s Impact Areas.",
      /* 6 */ "These factors will drive activity towards improving performance over the forthcoming quarter - Domestic Abuse, especially a focus on offenders, and Gang Related Violence remain Force Tactical Priorities for the next period. Operation Maximise has already seen a reduction of 300 suspects for Domestic Abuse whilst serious youth violence activity has resulted in 100 arrests, 365 stop and searches, 53 weapons recovered, 84 referrals and over 200 intelligence reports.",
      /* 7 */ "Proactive joint work with Guardian Task Force, CMPG / Traffic and local policing to combat Serious Youth Violence within Operation Fresco – a BW operation into organised crime group and urban street gang activity – helped achieve the higher than average outcomes.",
    ],
  },
  "serious-violence": {
    heading: "Measure: Reduce Serious Violence",
    paragraphs: [
      /* 8 */ "The national measure for Serious Violence relates to hospital admissions, after seeing several years of increases, levels of hospital admissions for under 25s with sharp object wounding have reduced since the peak in the baseline year (2019). The last 12 months (November 2020 to October 2021) saw 145 episodes, a reduction of 70 compared to the national baseline ending June 2019. The last 12 months’ hospital admissions have been stable at between 10-15 each month. Police recorded crime data for Violence With Injury is showing an increase of 12% vs year ending June 19, a part of this is improvement in Crime Data Recording. The biggest increase has coincided with introduction of Connect. Overall Knife Crime is also increasing + 23% but is similarly linked to better recording as majority of knife crime is robbery which is reducing but more knifes are being recorded as used. One of the biggest rises in crime is around possession of weapons (+52%) however this isn’t recovery of more weapons totally but again more crimes where weapons are mentioned in the offence.",
      /* 9 */ "Firearm discharges saw 162 incidents in the baseline 12 months; this has reduced by 15 in the year ending December 2021 to 147. In the last quarter a total of 33 discharges took place – none were fatal, although injury was caused in 13 of the incidents. 12 of the 33 discharges can be linked to gang-associated nominals / gang activity. A further seven discharges were linked to drug dealing / county lines activity. Shotguns have been the most commonly used firearm this quarter with a shotgun being discharged in 20 of the 33 discharges (61%).",
      /* 10 */ "WMP’s response to firearms is through Operation Captiva. This coordinates firearms activity throughout the Force, understanding the current threat picture and monitoring performance. This quarter there have been 36 firearms warrants, 64 drugs warrants and 196 Captiva visits reported on at the weekly Captiva meetings, these levels are very similar to those reported on in the last report in September 2021",
      /* 11 */ "Project Guardian is WMP’s response to Serious Youth Violence. Within this response WMP has a dedicated operational resource, the Guardian taskforce, a team of 22 officers with enhanced training around behavioural tactics to support focused operational activity in hotspot areas. The taskforce brings a structure with them to deployments to promote enhanced local engagement, to set objectives with the community around violence and apply scrutiny to stop and search and police tactics. The Guardian taskforce is currently deployed into Birmingham West but is reviewed as part of the Force Tasking Process",
      /* 12 */ "Additional funding from the Home Office is deployed in the following ways: Extended Neighbourhood Policing Unit (NPU) budgets for hotspot policing in Impact Areas; a Night Time Economy fund that is biddable by all eight NPUs based on bespoke plans",
      /* 13 */ "WMP are committed to support the Violence Reduction Unit (VRU) as a key partner. The Violence Reduction Unit is a partnership organisation that aims to reduce violent crime across the West Midlands region. It benefits from the expertise of partners in public health, criminal justice, sports, education, and policing in order to take on a collaborative approach towards reducing violence. WMP invest a Chief Inspector and two Inspectors into the VRU to support programme delivery and integration. The effective partnership between WMP and VRU is critical to addressing serious youth violence in the short, medium and long term, not just from the perspective of what we do but how we do it. As a partnership organisation, the VRU report separately but are a key member of Strategic Violence board and Local Policing Governance board",
      /* 14 */ "A new strategic group chaired by Assistant Chief Constable Claire Bell has been launched to target Violence Abuse and Intimidation against Women and Girls and a strategy has been produced. A series of delivery plans will support this strategy",
    ],
  },
  drugs: {
    heading: "Measure: Disrupt Drug Supply and County Lines",
    paragraphs: [
      /* 15 */ "Referrals into Drug Treatment have increased over the last calendar year from 1,087 to 1,229",
      /* 16 */ "Drug Testing in Custody was paused for most of 2021, but recommenced in October. Since then, 707 tests have been undertaken with a positive rate of 58%.",
      /* 17 */ "Year-to-date, there have been 1,685 positive drug disruptions. Of these, 286 County lines disruptions have been recorded, with 568 arrests with 157 charges",
      /* 18 */ "Between January and December 2021, 124 referrals were made to the National Referral Mechanism (NRM) which mention County Lines as a criminal exploitation subtype",
    ],
  },
  neighbourhood: {
    heading: "Measure: Reduce Neighbourhood Crimes",
    paragraphs: [
      /* 19 */ "The national measure will be based on the Crime Survey for England and Wales, but this isn’t available at Police Force Area level, so recorded crime will be used as a proxy",
      /* 20 */ "Total Burglary has been reducing since the peak in November 2018, partially helped by more hybrid working following lockdown, meaning more people are working from home. The year ending June 2019 saw West Midlands record 28,675 Burglaries; in the last statistics produced by the Home Office, this had reduced to 19,018, a 34% reduction. After three quarters of 2021/22, the levels are still below the pre-Covid baseline, although slightly up compared to 2020/21",
      /* 21 */ "Robbery saw a peak in offending in October 2018 and the year ending June 2019 saw 8,945 robberies recorded. The last full 12 months of data saw 7,509 robberies, a 16% reduction. Following the successive lockdowns, with the return of schools and the night time economy, robberies have started to rise and November 2020 figures were comparable with November 2019",
      /* 22 */ "Vehicle Crime is currently down 16% compared to the baseline, however the last few months have seen an upward trajectory – especially around theft of vehicles – with December being the highest month for several years. An issue with global supply for car parts is driving demand for these parts, including microprocessors and semiconductors, and the increased demand for second hand vehicles has pushed volumes up significantly in last 12 months. Keyless entry is now the preferred way to steal vehicles. Theft of Vehicle has been elevated to a Force Tactical Priority and a sophisticated communications plan to raise awareness and promote crime prevention advice is underway",
      /* 23 */ "Theft from Person has reduced by 1% compared to the baseline, however, these numbers have started to rise with November being the highest month for three years. Theft of mobile phones is a significant contributor to this, especially in the night time economy",
    ],
  },
  satisfaction: {
    heading: "Measure: Improve Satisfaction",
    paragraphs: [
      /* 24 */ "There is no local data for the national measure since before the pandemic hit, however the previous Crime Survey for England and Wales sample showed West Midlands to be below the national average for perceptions that police do a good job",
      /* 25 */ "WMP, in partnership with the Police and Crime Commissioner’s office, has developed a Citizen Charter and service standards. The Charter essentially outlines the minimum standards that WMP intends to uphold whenever and wherever it deals with citizens. It was developed following consultation with members of the public and WMP employees and acts as a guide both for employees and citizens, letting employees know what is expected of them, and informs citizens what to expect from WMP",
      /* 26 */ "Following the pilot of an SMS survey in late 2020, the citizen satisfaction project embedded this survey tool into business-as-usual from February 2021 onwards, giving an increased voice to the public about the service they have received. The survey obtains real time service satisfaction from the public across a much wider range of police involvement that our previous surveys have been able to.",
      /* 27 */ "Information from SMS surveys is segmented against multiple factors, including incident type, caller demographics, location, day of week, time of day and down to team and individual level in order to gain insight, learn, develop and reward. The survey is reviewed regularly to learn further and make any necessary adjustments and explore long term impacts",
      /* 28 */ "The SMS survey is sent to all people who contacted us via telephone for all incident types which are deemed to not put the public at risk or be insensitive around the nature of the call. Work is ongoing to develop a process that captures feedback from vulnerable victims and witnesses without placing them at any risk",
      /* 29 */ "Current response rates for the SMS surveys are 10%, which is higher than the 6% response rate for previous email surveys. 51% of respondents provide us with free text comments. 50% of respondents provide us with their demographic data",
      /* 30 */ "During the last quarter the SMS survey roll out has included Initial Investigations and the telephone-based Priority Investigations. Data from December showed that 79% of respondents were happy with the service they received and only 17% would have preferred a face to face visit from an officer",
      // Ends "in 20" as printed: the year is cut off in the source.
      /* 31 */ "Further roll outs of the SMS surveys are scheduled for Force Criminal Investigation Department (FCID) and Neighbourhood Policing Units in 20",
    ],
  },
  cyber: {
    heading: "Measure: Tackle Cyber Crime",
    paragraphs: [
      /* 32 */ "The National Measure data is not available at police force area level. Therefore, proxy measures on online and fraud offences will be used, this will be from WMP data systems rather than Home Office data",
      /* 33 */ "Similar to the national picture, online and fraud offences have jumped up significantly since the pandemic. Compared to the 2019 baseline, cyber enabled offences have seen almost a five-fold increase",
      // The printed text ends "offences.1": a footnote marker; the footnote is not in this text, so the digit is dropped.
      /* 34 */ "Cyber enabled offences have more than doubled in last 6 months compared to similar period pre-pandemic, with November recording 2,738 offences, the highest monthly total ever recorded categorised as happening online. This now makes up 9% of all crime in the region. Although some of this may be a product of improved crime recording methods and the better identification through the introduction of CONNECT, nationally Fraud had seen a 36% increase compared with the year ending September 2019. This included large increases in “advance fee fraud”, “consumer and retail fraud” and “other fraud” and may indicate fraudsters taking advantage of behaviour changes related to the coronavirus (COVID-19) pandemic, such as increased online shopping and increased savings. Computer Misuse offences have also nationally increased by 89% compared with the year ending September 2019, largely driven by a 161% increase in “Unauthorised access to personal information (including hacking)” offences.",
      /* 35 */ "Reports to Action Fraud continued to increase in the last calendar year, although this trend slowed since the summer. This has also been seen with investigations disseminated to West Midlands Police from other agencies reducing by 4% across the calendar year compared to 2020",
      /* 36 */ "Identify fraud, such as impersonations for credit cards, remains the most common type of Fraud with about 60% of all fraud reports",
    ],
  },
};

/** The PCC statement opens with an introduction (paragraph 37)... */
export const PCC_INTRO: PaperSection = {
  heading: "Introduction",
  paragraphs: [
    /* 37 */ "This statement meets the requirements of the Elected Local Policing Bodies (Specified Information) (Amendment) Order 2021 as it pertains to the National Policing Priorities.",
  ],
};

/** ...then sections by theme (paragraphs 38-68); `covers` names the measures a theme speaks to. */
export const PCC_THEMES: (PaperSection & { covers: MeasureKey[] })[] = [
  {
    heading: "Homicides and Serious violence",
    covers: ["homicide", "serious-violence"],
    paragraphs: [
      /* 38 */ "Levels of homicide are lower than the baseline year ending June 2019. Levels of hospital admissions for under 25s with a sharp object and firearm discharges are also decreasing. These developments are welcome.",
      /* 39 */ "That said, HMICFRS has noted that West Midlands Police are tackling higher levels of serious crime, such as firearms and knife crime offences, when compared to other force areas. Some forms of violence have been rising in the West Midlands for several years, driven in no small part by poverty, deprivation and inequality. The West Midlands faces the highest overall level for crime severity",
      /* 40 */ "Local authorities in more deprived, urban areas, have seen much greater cuts to funding than those serving more affluent areas. It is no surprise then that forces like West Midlands Police are faced with a more challenging environment than forces in less disadvantaged areas. It is important that the police funding formula review reflects these realities",
      /* 41 */ "Over the past couple of years, serious youth violence is an area in particular which has increased within the West Midlands. For the current financial year to date, serious youth violence has increased by almost 20% on the same period in 2019/20, in part driven by changes in crime recording practice. Instances of serious youth violence where a knife was used remain stable. The development of multi-agency violence reduction activity in the immediate aftermath of an incident, providing support to young people if involved or connected, is growing in importance as a means to stop the transmission of violence",
      /* 42 */ "Whilst robust policing is key, the prevention and tackling of violence can only be achieved through strong and sustained partnership activity, in which communities play a leading role. The West Midlands Violence Reduction Unit continues to play a key role; drawing upon the expertise of partners in public health, criminal justice, sports, education, and policing in order to take on a collaborative approach towards reducing violence. The development of innovative schemes such as “Step Together” – which protects 18,000 children in the region on their route to and from school – demonstrate the innovation and capacity evident in local violence reduction partnerships. The announcement by Birmingham City Council of significant new investment in youth services to support violence reduction – albeit only for a year initially – shows the strong partnership approach we have in place",
      /* 43 */ "At the close of Q3, 10, 579 children and young people, and 184 adults had been supported through VRU partnership interventions, 321 young people had received intensive therapeutic support and over 200 young people had been able to access cognitive behaviour therapy through the VRU funded Heal Hub",
      /* 44 */ "Serious youth violence will be the subject of an upcoming HMICFRS joint thematic inspection. I trust that HMICFRS will consider the wider systemic factors in relation to violence. I await the insights that result from this inspection and, in particular, any examples of best practice in regards to partnerships and in implementing the serious violence strategy. In the meantime, I will continue to work with West Midlands Police and the partnership that supports the West Midlands Violence Reduction Unit to prevent and reduce violence. Future inspections need a more fully joined up approach, properly encompassing health, education and social care as well as criminal justice agencies",
      /* 45 */ "We await public confirmation of multi-year funding for violence reduction. While a commitment to multi-year funding is welcome, the partnership will consider both whether the level of funding is comparable to that received in previous years, and the implications of the likely requirements for local match funding. We will work together as a partnership to develop co-commissioning approaches where possible",
      /* 46 */ "Work to develop West Midlands Police as a “trauma informed” organisation continues, with over 400 WMP officers and staff taking part in bespoke training to date The need to expand this work and, importantly, identify resources that can support training in partner organisations, is clear. The value of trauma informed practice in custodial environments is becoming very clear",
    ],
  },
  {
    heading: "Drug Supply and County Lines",
    covers: ["drugs"],
    paragraphs: [
      /* 47 */ "Robust enforcement action against those producers, suppliers and dealers involved in the drug economy to disrupt the supply of drugs, and effective action to safeguard those coerced into involvement in the drug economy, remains in place, supported by both West Midlands Police, the West Midlands Regional Organised Crime Unit, and other partners. Performance in this regard has been strong. Reducing demand for illicit drugs is key to this issue and I continue to work with partners to divert individuals who commit low-level drug offences away from the Criminal Justice System towards harm prevention and treatment",
      /* 48 */ "Within West Midlands Police’s statement, it is noted how we have seen increases in onward referrals to specialist treatment over the past year. Further, we are also seeing increases in the proportion of offenders who are engaged with treatment services",
      /* 49 */ "A key strategy in diverting individuals towards treatment and harm prevention is the use of alcohol treatment and drug rehabilitation requirements as part of sentencing. There has been an increase in the proportion of offenders who are eligible for these, with some encouraging case studies showing that offenders are engaging regularly and providing negative screens",
      /* 50 */ "The launch of Harm to Hope, the new national drugs strategy, offers some potential for further development of drug treatment services. I am hosting a partnership event to develop collaborative working in this area. There are interventions best delivered at local authority, Force and regional levels, and the event will explore these opportunities. It is hoped that the forthcoming commissioning framework will support innovative collaborative working of this sort, with funding flexibility to respond appropriately",
      /* 51 */ "The Violence Reduction Unit continues to support the prevention of exploitation of young people through County Lines, with many precursor risk factors overlapping with involvement in serious youth violence. The VRU leads a nationally recognised partnership silver function, coordinating wider prevention activity to complement ROCU and police proactive activity, and has also supported the development of local authority and police exploitation hubs. The regional multi-agency Criminal Exploitation and Missing Board brings partners together to progress important shared policies across police, children’s services and the health sector such as forced concealment, safer relocation and the provision of new services for reachable moments for girls and young women who have become caught up in county lines",
      /* 52 */ "The likely break in provision of the County Lines victim support service, caused by Home Office procurement planning, is of particular concern. The service, funded directly by the Home Office, may end in March 2022, with 80 young people in our region currently receiving support, while tendering for a new service gets underway. The current provider is not taking new referrals and is issuing notices to staff. With the upcoming Easter Holidays seeing likely increased risk, the decommissioning of the service is causing concern among Directors of Children’s Services and other safeguarding partners locally",
    ],
  },
  {
    heading: "Neighbourhood crime",
    covers: ["neighbourhood"],
    paragraphs: [
      /* 53 */ "My Police and Crime Plan commits West Midlands Police to reductions in acquisitive crime, including burglary, robbery, and theft of motor vehicles",
      /* 54 */ "Historically, the West Midlands have seen higher rates of robbery than most similar police forces elsewhere and so welcome the reductions being seen on the baseline",
      /* 55 */ "The increases which are starting to be seen in theft from the person offences is an area which we will monitor, a long-term trend of decreasing robbery and increasing theft from the person might suggest a change in tactics in this space. It is understood that the night time economy has been driving an increase in violence over the past 6 months, and so an increase of mobile phone theft in the night time economy at the same time is something which needs more understanding. I will continue to support West Midlands Police to work closely with night time economy businesses",
      /* 56 */ "The increases which are being seen in vehicle crimes over the previous quarter are noted. Keyless car theft is an issue which has been raised previously. From our analysis, some types of cars appear to be more susceptible and/or more targeted than others. I will be working with car manufacturers to understand what can be done to help owners protect themselves from car thefts. There is a need for action on preventing the sale of equipment that can be used to facilitate keyless car theft. It is likely that some keyless car thefts are linked to serious and organised crime for export. There is a need to better understand whether stolen parts are finding their way into the mainstream economy",
      /* 57 */ "I have committed to rebuilding community policing, with the objective of both reducing the measurable harm caused by crime in high priority neighbourhoods, and perceptions of crime and anti-social behaviour in these areas. We are reviewing the use of anti-social behaviour powers across the Force to better understand their effectiveness. The Police and Crime Plan includes a commitment to make better use of management information to understand the efficacy of local policing",
    ],
  },
  {
    heading: "Victim satisfaction",
    covers: ["satisfaction"],
    paragraphs: [
      /* 58 */ "We are continuing to work with West Midlands to build up a picture of satisfaction locally. Recent trials in SMS surveying are promising but we are still working on presenting a more comprehensive picture of satisfaction within the West Midlands",
      /* 59 */ "We know that demand for Police services within the West Midlands are at an all-time high, with wait times longer than they should be on some channels. The PEEL inspection 2021/2022 shows that the police funding model is failing to allocate resources appropriately to address threat, risk and demand. West Midlands Police is an efficient police force, yet, as the Inspector’s commentary notes, lacks the capacity and resources to cope with the demand it faces",
      /* 60 */ "I will work with West Midlands Police to ensure that resources are made available, where possible, under the uplift programme and to tackle the national failure to fully implement the existing police funding formula",
      /* 61 */ "Victims services funding is a barrier to the services victims receive. With the exception of COVID-19 funding, core victims service has had a real terms reduction over a number of years. It is notable that the end of some short-term funding streams means that total funding available for victims in the West Midlands in 2022-23 will fall by about half a million pounds",
      /* 62 */ "My Victims Commissioner is undertaking work with criminal justice partners to understand and improve the experiences of victims in the criminal justice system. We are working as a criminal justice partnership to assess and improve our compliance with the Victims Code, and made a significant contribution to the consultation on the proposed Victims Bill",
      /* 63 */ "The Force is undertaking an externally supported review of its investigatory processes in preparation for our participation in Operation Soteria, starting in March 2022. More broadly, we are further developing our approaches to obtaining information regarding trust and confidence in West Midlands Police",
      /* 64 */ "This year we will be developing an “Ending Male Violence Against Women and Girls Alliance” to work with partners to prevent crimes against women and girls and respond effectively when they take place. My Police and Crime Plan includes a number of specific objectives in this area, including increased use of civil enforcement powers, respond more positively to breaches of civil orders, and improving the provision of domestic abuse perpetrator interventions. Collectively this will lead to improvements in support to victims",
      /* 65 */ "I am satisfied that West Midlands Police has made significant progress in compliance with crime recording standards, thereby offering greater assurance that victim experiences are being captured more fully. However, the consequences of this compliance in matters such as likely criminal justice outcome rates and the challenges associated with “decriming” an incident need to be fully understood. The implications of the “DG6” charging guidelines also merit further examination",
    ],
  },
  {
    heading: "Fraud and cybercrime",
    covers: ["cyber"],
    paragraphs: [
      /* 66 */ "The rises seen in cybercrime and fraud are a concern. Fraud and computer misuse offences increased during the pandemic at a time when other crime saw decreases. Despite this and its continued increase, fraud continues to be treated as a low-priority or victimless crime",
      /* 67 */ "The HMICFRS report on fraud in 2021 concluded that there was a need for a greater investment into anti-fraud capabilities. This investment needs to match the scale of the problem. However, subsequent government announcements since the Investigators conducted their revisit, such as the Beating Crime Plan, fall considerably short of the mark",
      /* 68 */ "I will continue to increase awareness of cybercrime and fraud, and the steps people can take to protect themselves. I will continue to work with partners locally, utilising the West Midlands Fraud Board to monitor rates of Fraud and Cyber Crime and to direct action as appropriate. However, more needs to be done to make fraud a priority nationally",
    ],
  },
];

/** "Reporting frequency", paragraph 69. */
export const REPORTING_FREQUENCY: string[] = [
  /* 69 */ "Reports on performance against the Police and Crime Plan and the National Priorities will be reported at the Strategic Policing and Crime Board on a quarterly basis, with the latter required by the Elected Local Policing Bodies (Specified Information) (Amendment) Order 2021.",
];

/** "Recommendations", paragraph 70. */
export const RECOMMENDATIONS: string[] = [/* 70 */ "The board is asked to note the contents of this report."];

/** All 70 paragraphs in the paper's order: ALL_PARAGRAPHS[n - 1] is paragraph n. */
export const ALL_PARAGRAPHS: string[] = [
  ...PURPOSE,
  ...MEASURE_KEYS.flatMap((key) => FORCE_SECTIONS[key].paragraphs),
  ...PCC_INTRO.paragraphs,
  ...PCC_THEMES.flatMap((theme) => theme.paragraphs),
  ...REPORTING_FREQUENCY,
  ...RECOMMENDATIONS,
];
