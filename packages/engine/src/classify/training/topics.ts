/**
 * What needs under each article are about, as noun phrases written for TA Hub (not taken
 * from any review document). The generator in `./index.ts` combines them with the forms of
 * assistance in `./forms.ts`. `who` lists the people such needs usually target.
 */
export interface ArticleTopics {
  article: number;
  en: string[];
  fr?: string[];
  es?: string[];
  who?: string[];
}

export const TOPICS: readonly ArticleTopics[] = [
  {
    article: 5,
    en: [
      "the new national anti-corruption strategy and its follow-up",
      "methods for spotting corruption vulnerabilities in line ministries",
      "periodic review of whether preventive laws and administrative measures work",
      "sectoral integrity plans for health and education",
      "indicators to monitor the implementation of the prevention policy",
    ],
    fr: [
      "la strategie nationale de lutte contre la corruption",
      "la cartographie des risques de corruption dans les ministeres",
    ],
    es: [
      "la estrategia nacional anticorrupcion y su seguimiento",
      "la evaluacion de riesgos de corrupcion en las instituciones",
    ],
    who: ["ministry focal points", "members of the strategy steering committee", "risk officers"],
  },
  {
    article: 6,
    en: [
      "the anti-corruption commission's mandate and independence",
      "the staffing and budget of the corruption prevention agency",
      "how commissioners of the preventive body are appointed and protected",
      "the operational capacity of the newly created integrity authority",
    ],
    fr: [
      "l'independance et les moyens de l'organe anticorruption",
      "le fonctionnement de la haute autorite de lutte contre la corruption",
    ],
    es: [
      "la autonomia y los recursos de la oficina anticorrupcion",
      "el mandato de la comision anticorrupcion",
    ],
    who: [
      "staff of the anti-corruption agency",
      "commissioners",
      "newly recruited officers of the commission",
    ],
  },
  {
    article: 7,
    en: [
      "merit-based recruitment and promotion in the civil service",
      "identifying posts especially exposed to corruption and rotating their holders",
      "transparency in the funding of election campaigns and parties",
      "criteria for standing as a candidate for elected office",
      "adequate pay scales for public servants",
      "regulation of lobbying contacts with officials",
    ],
    fr: [
      "le recrutement au merite dans la fonction publique",
      "le financement des campagnes electorales",
    ],
    es: [
      "el ingreso por merito al servicio civil",
      "el financiamiento de las campanas electorales",
    ],
    who: [
      "human resources managers",
      "civil service commission staff",
      "electoral commission staff",
    ],
  },
  {
    article: 8,
    en: [
      "the code of conduct for public officials and its enforcement",
      "handling conflicts of interest of officials",
      "rules on gifts and outside activities of public employees",
      "receiving and verifying the asset and interest declarations of officials",
      "channels allowing civil servants to report suspected corruption",
      "disciplinary action against officials who breach ethics rules",
    ],
    fr: [
      "le code de deontologie des agents publics",
      "la verification des declarations de patrimoine",
      "la gestion des conflits d'interets",
    ],
    es: [
      "el codigo de etica de los servidores publicos",
      "la verificacion de las declaraciones juradas patrimoniales",
      "la gestion de conflictos de intereses",
    ],
    who: ["ethics officers", "heads of department", "staff of the declarations unit"],
  },
  {
    article: 9,
    en: [
      "the electronic public procurement platform",
      "risk-based audits of tenders and contract awards",
      "detecting bid rigging and fraud in government purchasing",
      "transparency of the national budget and public spending",
      "internal control and audit of public funds",
      "keeping of accounting records in public entities",
    ],
    fr: ["la passation des marches publics", "le controle interne des finances publiques"],
    es: [
      "el sistema de compras publicas electronicas",
      "la transparencia presupuestaria y el control interno",
    ],
    who: ["procurement officers", "internal auditors", "staff of the supreme audit institution"],
  },
  {
    article: 10,
    en: [
      "the public's right to obtain information held by government bodies",
      "proactive publication of information on how the administration works",
      "simplifying administrative procedures that invite petty bribery",
      "periodic public reports on corruption risks in the administration",
    ],
    fr: ["l'acces du public a l'information", "la simplification des procedures administratives"],
    es: ["el acceso a la informacion publica", "la simplificacion de tramites administrativos"],
    who: ["information officers", "public relations staff of ministries"],
  },
  {
    article: 11,
    en: [
      "integrity and independence of judges",
      "the code of ethics for magistrates and its enforcement",
      "transparency in the assignment of court cases",
      "integrity of the public prosecution service",
    ],
    fr: ["l'integrite des magistrats", "l'independance du pouvoir judiciaire"],
    es: ["la integridad de los jueces", "la independencia judicial"],
    who: ["judges", "prosecutors", "court clerks", "members of the judicial council"],
  },
  {
    article: 12,
    en: [
      "compliance and anti-bribery programmes in companies",
      "accounting and auditing standards for businesses",
      "integrity of state-owned enterprises",
      "registers showing who ultimately owns companies",
      "cooling-off periods for officials moving to the private sector",
    ],
    fr: [
      "la conformite anticorruption dans les entreprises",
      "la transparence des beneficiaires effectifs des societes",
    ],
    es: ["los programas de cumplimiento en las empresas", "el registro de beneficiarios finales"],
    who: ["compliance officers", "business associations", "small and medium-sized enterprises"],
  },
  {
    article: 13,
    en: [
      "involving civil society organizations in preventing corruption",
      "public campaigns to raise awareness of corruption",
      "anti-corruption teaching in schools and universities",
      "safe channels for citizens to report corruption, including anonymously",
      "the role of investigative journalists in exposing corruption",
    ],
    fr: ["la participation de la societe civile", "la sensibilisation du public a la corruption"],
    es: [
      "la participacion de la sociedad civil",
      "la sensibilizacion ciudadana contra la corrupcion",
    ],
    who: ["civil society organizations", "journalists", "teachers", "community leaders"],
  },
  {
    article: 14,
    en: [
      "the supervisory regime for banks and non-bank financial institutions",
      "obligations of lawyers, notaries and real estate agents to report suspicious transactions",
      "monitoring cross-border transport of cash",
      "the national assessment of money-laundering risks",
      "a comprehensive anti-money-laundering regime",
    ],
    fr: [
      "le dispositif de lutte contre le blanchiment de capitaux",
      "la supervision des institutions financieres",
    ],
    es: [
      "el regimen de prevencion del lavado de activos",
      "la supervision de los sujetos obligados",
    ],
    who: ["bank supervisors", "compliance officers of banks", "customs officers"],
  },
  {
    article: 15,
    en: [
      "the offence of bribing national public officials",
      "prosecuting active and passive bribery",
    ],
    fr: ["l'incrimination de la corruption d'agents publics nationaux"],
    es: ["la tipificacion del cohecho de funcionarios nacionales"],
    who: ["investigators", "prosecutors"],
  },
  {
    article: 16,
    en: [
      "bribery of foreign public officials by domestic companies",
      "investigating foreign bribery cases",
    ],
    who: ["prosecutors", "investigators"],
  },
  {
    article: 17,
    en: [
      "embezzlement of public funds by officials",
      "detecting misappropriation in state institutions",
    ],
    es: ["el peculado y la malversacion de fondos publicos"],
    who: ["investigators", "auditors"],
  },
  {
    article: 18,
    en: ["criminalizing trading in influence", "cases of influence peddling"],
    fr: ["l'incrimination du trafic d'influence"],
  },
  {
    article: 19,
    en: ["the offence of abuse of functions", "prosecuting officials who abuse their office"],
  },
  {
    article: 20,
    en: ["the offence of illicit enrichment", "investigating unexplained wealth of officials"],
    fr: ["l'enrichissement illicite des agents publics"],
    es: ["el enriquecimiento ilicito"],
  },
  {
    article: 21,
    en: [
      "bribery between private companies",
      "criminal liability for bribery in the private sector",
    ],
  },
  {
    article: 22,
    en: ["embezzlement within private entities", "theft of property by employees of private firms"],
  },
  {
    article: 23,
    en: ["the money-laundering offence and its predicate offences", "prosecuting self-laundering"],
    es: ["el delito de lavado de activos"],
  },
  {
    article: 24,
    en: ["concealment and continued retention of criminal property"],
  },
  {
    article: 25,
    en: ["obstruction of justice, including interference with witnesses and officials"],
  },
  {
    article: 26,
    en: [
      "criminal liability of legal persons",
      "sanctions against companies involved in corruption",
    ],
    fr: ["la responsabilite penale des personnes morales"],
  },
  {
    article: 27,
    en: ["participation in and attempts to commit corruption offences"],
  },
  {
    article: 28,
    en: ["proving knowledge and intent from objective circumstances"],
  },
  {
    article: 29,
    en: [
      "longer limitation periods for corruption offences",
      "suspension of the statute of limitations",
    ],
    es: ["los plazos de prescripcion de los delitos de corrupcion"],
  },
  {
    article: 30,
    en: ["sentencing and sanctions for corruption", "immunities of high-level officials"],
    fr: ["les immunites et les sanctions penales"],
  },
  {
    article: 31,
    en: [
      "freezing and seizing proceeds of corruption at home",
      "an office managing seized and confiscated property",
      "confiscation of instrumentalities and proceeds",
    ],
    fr: ["la gestion des avoirs saisis et confisques"],
    es: ["la administracion de bienes incautados y decomisados"],
    who: ["asset management staff", "prosecutors"],
  },
  {
    article: 32,
    en: ["protection of witnesses, experts and victims", "a witness protection programme"],
    es: ["la proteccion de testigos y victimas"],
  },
  {
    article: 33,
    en: [
      "protection of whistle-blowers against retaliation",
      "a law protecting persons who report corruption",
      "handling reports from whistleblowers",
    ],
    fr: ["la protection des lanceurs d'alerte"],
    es: ["la proteccion de los denunciantes"],
  },
  {
    article: 34,
    en: ["annulling contracts obtained through corruption", "debarment of corrupt suppliers"],
  },
  {
    article: 35,
    en: [
      "compensation for people harmed by corruption",
      "claims for damages by victims of corruption",
    ],
  },
  {
    article: 36,
    en: [
      "the specialised anti-corruption investigation unit",
      "investigators and prosecutors specialised in corruption",
      "the anti-corruption police directorate",
    ],
    fr: ["le pole judiciaire specialise dans la corruption"],
    es: ["la fiscalia especializada anticorrupcion"],
    who: ["investigators", "specialised prosecutors", "police officers"],
  },
  {
    article: 37,
    en: [
      "encouraging offenders to cooperate with investigators",
      "plea agreements for cooperating defendants",
    ],
  },
  {
    article: 38,
    en: [
      "information sharing among national agencies fighting corruption",
      "coordination between the police, prosecutors and the anti-corruption agency",
    ],
    es: ["la coordinacion interinstitucional"],
  },
  {
    article: 39,
    en: [
      "cooperation between banks and investigating authorities",
      "partnerships with the private sector to report offences",
    ],
  },
  {
    article: 40,
    en: [
      "lifting bank secrecy in corruption investigations",
      "investigators' access to banking records",
    ],
  },
  {
    article: 41,
    en: ["taking foreign convictions into account"],
  },
  {
    article: 42,
    en: ["jurisdiction over offences committed abroad by nationals"],
  },
  {
    article: 43,
    en: [
      "cooperation with other States in civil and administrative corruption matters",
      "the dual criminality requirement",
    ],
  },
  {
    article: 44,
    en: ["extradition of persons accused of corruption", "processing extradition requests"],
    fr: ["l'extradition des auteurs d'infractions de corruption"],
    es: ["la extradicion por delitos de corrupcion"],
  },
  {
    article: 45,
    en: ["transfer of persons sentenced for corruption to serve their sentences"],
  },
  {
    article: 46,
    en: [
      "preparing and executing mutual legal assistance requests",
      "the central authority for mutual legal assistance",
      "a case management system for MLA requests",
    ],
    fr: ["l'entraide judiciaire en matiere penale"],
    es: ["la asistencia judicial reciproca"],
    who: ["central authority staff", "prosecutors"],
  },
  {
    article: 47,
    en: ["transferring criminal proceedings to another State"],
  },
  {
    article: 48,
    en: [
      "direct police-to-police cooperation with foreign agencies",
      "exchange of operational information through law enforcement networks",
    ],
    es: ["la cooperacion policial internacional"],
  },
  {
    article: 49,
    en: ["joint investigation teams with neighbouring countries"],
  },
  {
    article: 50,
    en: [
      "the use of special investigative techniques such as undercover operations",
      "electronic surveillance and digital forensics in corruption cases",
    ],
    fr: ["les techniques speciales d'enquete"],
  },
  {
    article: 51,
    en: [
      "the recovery of stolen assets in general",
      "tracing property of corrupt officials abroad",
      "a national framework and unit for asset recovery",
    ],
    fr: ["le recouvrement des avoirs voles", "le tracage des avoirs a l'etranger"],
    es: ["la recuperacion de activos", "el rastreo de activos en el extranjero"],
    who: ["asset recovery practitioners", "financial investigators", "prosecutors"],
  },
  {
    article: 52,
    en: [
      "customer due diligence by banks",
      "enhanced scrutiny of accounts of politically exposed persons",
      "identifying the beneficial owners of funds deposited in banks",
      "financial disclosure by officials and their foreign accounts",
      "preventing shell banks and correspondent relationships with them",
    ],
    fr: [
      "les personnes politiquement exposees",
      "les obligations de vigilance a l'egard de la clientele",
    ],
    es: ["las personas expuestas politicamente", "la debida diligencia del cliente"],
    who: ["bank compliance officers", "financial supervisors", "staff of the declarations office"],
  },
  {
    article: 53,
    en: [
      "allowing foreign States to bring civil claims in national courts",
      "recognising another State's claim as owner of property acquired through corruption",
      "ordering compensation to a foreign State",
    ],
    fr: ["l'action civile d'un Etat etranger devant les tribunaux"],
    es: ["la accion civil de un Estado extranjero ante los tribunales"],
  },
  {
    article: 54,
    en: [
      "giving effect to confiscation orders issued abroad",
      "confiscation without a criminal conviction",
      "freezing property at the request of another country",
    ],
    fr: [
      "la confiscation sans condamnation penale",
      "l'execution des decisions de confiscation etrangeres",
    ],
    es: ["el decomiso sin condena", "la extincion de dominio"],
    who: ["prosecutors", "judges", "asset recovery practitioners"],
  },
  {
    article: 55,
    en: [
      "requests to other States to freeze and confiscate proceeds",
      "drafting confiscation requests that meet foreign requirements",
      "executing foreign requests for confiscation",
    ],
    fr: ["les demandes de confiscation adressees a d'autres Etats"],
    es: ["las solicitudes de decomiso a otros Estados"],
    who: ["central authority staff", "prosecutors"],
  },
  {
    article: 56,
    en: [
      "sharing information about proceeds with other States without a prior request",
      "proactive transmission of financial information to foreign partners",
    ],
    fr: ["la transmission spontanee d'informations"],
  },
  {
    article: 57,
    en: [
      "the return of confiscated assets to their country of origin",
      "transparent use of repatriated funds",
      "disposal and sale of confiscated property",
      "deducting expenses incurred in returning assets",
    ],
    fr: ["la restitution des avoirs confisques"],
    es: ["la restitucion de activos decomisados"],
  },
  {
    article: 58,
    en: [
      "the financial intelligence unit's analysis of suspicious transaction reports",
      "strategic and operational financial analysis",
      "the FIU's access to databases and information",
    ],
    fr: ["la cellule de renseignement financier"],
    es: ["la unidad de inteligencia financiera"],
    who: ["FIU analysts", "financial intelligence officers"],
  },
  {
    article: 59,
    en: [
      "bilateral agreements on the recovery and return of assets",
      "arrangements with other countries to improve cooperation on asset recovery",
    ],
    fr: ["les accords bilateraux de recouvrement d'avoirs"],
    es: ["los acuerdos bilaterales sobre recuperacion de activos"],
  },
  {
    article: 60,
    en: ["training programmes and technical assistance exchanged between States"],
  },
  {
    article: 61,
    en: ["collecting and analysing statistics on corruption trends"],
  },
  {
    article: 62,
    en: ["development assistance to support implementation of the Convention"],
  },
];

/** Topics of needs that concern a chapter as a whole (no article). */
export const GENERAL_TOPICS: Readonly<
  Record<"II" | "V", { en: string[]; fr: string[]; es: string[] }>
> = {
  II: {
    en: [
      "the preventive measures of the Convention as a whole",
      "prevention of corruption across the public administration",
      "implementing the recommendations on prevention from the review",
    ],
    fr: ["les mesures preventives de la Convention"],
    es: ["las medidas preventivas de la Convencion"],
  },
  V: {
    en: [
      "asset recovery in general",
      "the asset recovery chapter of the Convention",
      "implementing the review recommendations on asset recovery",
    ],
    fr: ["le recouvrement d'avoirs en general"],
    es: ["la recuperacion de activos en general"],
  },
};
