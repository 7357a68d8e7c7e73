import type { TermLanguage } from "../knowledge/index.js";

/**
 * More French and Spanish terms for the knowledge base's concepts, for ranking only.
 *
 * The knowledge base lists about twice as many English terms as French or Spanish ones, so a
 * French or Spanish need names fewer concepts than the same need in English, and concepts are
 * what carries it to the (mostly English) offers. These are the missing counterparts of the
 * English terms already in `../knowledge/`, translated term by term (not taken from any
 * judged need), plus the everyday words for the same things. They live here rather than in
 * the knowledge base because the classifier, which reads the knowledge base too, was
 * calibrated on its current terms: adding them there would move its figures for a matching
 * change. Keys are concept ids of `../knowledge/`; accents are optional (matched folded).
 */
export const RANKING_TERMS: Readonly<
  Record<string, Partial<Record<TermLanguage, readonly string[]>>>
> = {
  "anti-corruption-strategy": {
    fr: [
      "plan d'action anticorruption",
      "politiques de prevention de la corruption",
      "cadre d'integrite",
    ],
    es: [
      "plan de accion anticorrupcion",
      "politicas de prevencion de la corrupcion",
      "marco de integridad",
    ],
  },
  "corruption-risk-assessment": {
    fr: [
      "evaluation des risques",
      "cartographie des risques de corruption",
      "evaluation de la vulnerabilite",
      "vulnerabilites a la corruption",
      "mesures d'attenuation",
    ],
    es: [
      "evaluacion de riesgos",
      "mapa de riesgos de corrupcion",
      "evaluacion de vulnerabilidad",
      "vulnerabilidades a la corrupcion",
      "medidas de mitigacion",
    ],
  },
  "evaluation-of-measures": {
    fr: [
      "evaluer les instruments juridiques",
      "efficacite des mesures anticorruption",
      "indicateurs",
      "impact de la strategie",
      "suivi de la strategie",
    ],
    es: [
      "evaluar los instrumentos juridicos",
      "eficacia de las medidas anticorrupcion",
      "indicadores",
      "impacto de la estrategia",
      "seguimiento de la estrategia",
    ],
  },
  "body-independence": {
    fr: [
      "independance operationnelle",
      "autonomie budgetaire",
      "inamovibilite",
      "nomination des membres",
      "mandat de la commission",
      "personnel de l'organe",
    ],
    es: [
      "independencia operativa",
      "autonomia financiera",
      "inamovilidad",
      "nombramiento de los comisionados",
      "mandato de la comision",
      "personal del organismo",
    ],
  },
  "public-service-hr": {
    fr: [
      "fondee sur le merite",
      "promotion des fonctionnaires",
      "postes vulnerables a la corruption",
      "remuneration",
      "grilles salariales",
      "gestion des ressources humaines",
      "selection des agents",
    ],
    es: [
      "basado en el merito",
      "ascenso de los funcionarios",
      "rotacion del personal",
      "cargos vulnerables a la corrupcion",
      "cargos sensibles",
      "remuneracion",
      "escalas salariales",
      "gestion de recursos humanos",
    ],
  },
  "conflict-of-interest": {
    fr: ["incompatibilite", "declarations d'interets", "pantouflage", "restrictions post-emploi"],
    es: [
      "incompatibilidad",
      "declaraciones de intereses",
      "puerta giratoria",
      "restricciones posteriores al empleo",
    ],
  },
  "asset-declaration": {
    fr: [
      "divulgation du patrimoine",
      "declaration de revenus",
      "verification des declarations",
      "systeme de declaration",
      "formulaires de declaration",
    ],
    es: [
      "divulgacion de bienes",
      "declaracion de ingresos",
      "verificacion de las declaraciones",
      "sistema de declaraciones",
      "formularios de declaracion",
    ],
  },
  "code-of-conduct": {
    fr: [
      "normes ethiques",
      "integrite des agents publics",
      "registre des cadeaux",
      "activites exterieures",
      "procedures disciplinaires",
      "comite d'ethique",
    ],
    es: [
      "normas eticas",
      "integridad de los funcionarios",
      "registro de obsequios",
      "actividades externas",
      "procedimientos disciplinarios",
      "comite de etica",
    ],
  },
  "official-reporting": {
    fr: ["signalement interne", "mecanismes de signalement", "systeme de signalement"],
    es: ["denuncia interna", "sistema de denuncias", "deber de denunciar"],
  },
  "public-procurement": {
    fr: [
      "soumission",
      "marches publics electroniques",
      "attribution des marches",
      "fournisseurs",
      "contrats de l'etat",
    ],
    es: [
      "licitadores",
      "contratacion electronica",
      "adjudicacion de contratos",
      "contratos del estado",
      "compras del estado",
    ],
  },
  "public-finance": {
    fr: [
      "transparence budgetaire",
      "comptabilite",
      "audit externe",
      "institution superieure de controle",
      "tresor public",
      "fonds publics",
      "audit juridictionnel",
      "detection des fraudes",
    ],
    es: [
      "transparencia presupuestaria",
      "auditoria externa",
      "institucion superior de auditoria",
      "tesoro publico",
      "registros financieros",
      "deteccion de fraudes",
      "gestion de las finanzas publicas",
    ],
  },
  "access-to-information": {
    fr: [
      "acces a l'information publique",
      "liberte d'information",
      "gouvernement ouvert",
      "publication des informations",
      "procedures administratives",
      "demandes d'information",
      "portail de transparence",
      "rapports publics",
    ],
    es: [
      "libertad de informacion",
      "derecho a la informacion",
      "publicacion de informacion",
      "procedimientos administrativos",
      "tramites administrativos",
      "solicitudes de informacion",
      "informes publicos",
    ],
  },
  "prosecution-service": {
    fr: ["procureur general", "integrite des procureurs", "magistrats du parquet"],
    es: ["fiscal general", "integridad de los fiscales"],
  },
  "private-sector-integrity": {
    fr: [
      "entites privees",
      "integrite des entreprises",
      "programmes de conformite anticorruption",
      "normes d'audit",
      "deductibilite fiscale",
      "chambre de commerce",
      "registre du commerce",
    ],
    es: [
      "entidades privadas",
      "integridad empresarial",
      "normas de auditoria",
      "deducibilidad fiscal",
      "camara de comercio",
      "registro mercantil",
      "empresas publicas",
    ],
  },
  "beneficial-ownership": {
    fr: [
      "proprietaire ultime",
      "constructions juridiques",
      "societes ecrans",
      "transparence des personnes morales",
    ],
    es: ["propietario ultimo", "estructuras juridicas", "sociedades pantalla", "empresas fantasma"],
  },
  "awareness-education": {
    fr: ["campagne de sensibilisation du public", "education du public", "programmes educatifs"],
    es: ["campana de sensibilizacion publica", "educacion publica", "programas educativos"],
  },
  "public-complaints": {
    fr: [
      "mecanisme de plainte",
      "traitement des plaintes",
      "signalement en ligne",
      "signaler la corruption",
      "numero vert",
    ],
    es: [
      "mecanismo de quejas",
      "tramitacion de denuncias",
      "denuncia en linea",
      "denunciar la corrupcion",
      "quejas",
    ],
  },
  "aml-regime": {
    fr: [
      "lutte contre le blanchiment de capitaux",
      "evaluation nationale des risques",
      "evaluation mutuelle",
      "autorites de controle",
      "supervision lbc",
    ],
    es: [
      "evaluacion nacional de riesgos",
      "evaluacion mutua",
      "autoridades de supervision",
      "lavado de capitales",
    ],
  },
  "reporting-entities": {
    fr: [
      "institutions assujetties",
      "entreprises et professions non financieres designees",
      "casinos",
      "agents immobiliers",
      "avocats et notaires",
      "transfert de fonds",
      "declarations d'operations suspectes",
    ],
    es: [
      "entidades informantes",
      "casinos",
      "agentes inmobiliarios",
      "abogados y notarios",
      "remesas",
      "transferencia de dinero",
      "reportes de operaciones inusuales",
    ],
  },
  "cross-border-cash": {
    fr: [
      "mouvements transfrontaliers d'especes",
      "passeurs de fonds",
      "instruments negociables au porteur",
      "declarations en douane",
    ],
    es: [
      "movimientos transfronterizos de efectivo",
      "correos de efectivo",
      "instrumentos negociables al portador",
      "declaraciones aduaneras",
    ],
  },
  "sanctions-prosecution": {
    fr: ["sanctions", "condamnation", "immunite", "interdiction d'exercer"],
    es: ["sentencias", "inmunidad", "inhabilitacion"],
  },
  "freezing-seizure-confiscation": {
    fr: [
      "gel des avoirs",
      "avoirs geles",
      "bureau de gestion des avoirs",
      "gestion des avoirs saisis",
      "biens confisques",
      "instruments du crime",
    ],
    es: [
      "embargo preventivo",
      "congelamiento",
      "congelacion de activos",
      "activos congelados",
      "oficina de administracion de bienes",
      "bienes decomisados",
      "bienes confiscados",
      "instrumentos del delito",
    ],
  },
  "specialized-authorities": {
    fr: [
      "unite specialisee",
      "unite anticorruption",
      "tribunal anticorruption",
      "services de detection et de repression",
      "enquetes sur la corruption",
      "procureurs specialises",
    ],
    es: [
      "unidad especializada",
      "unidad anticorrupcion",
      "tribunal anticorrupcion",
      "organismos encargados de hacer cumplir la ley",
      "investigacion de la corrupcion",
      "fiscales especializados",
    ],
  },
  "mutual-legal-assistance": {
    fr: [
      "demandes d'entraide",
      "demandes d'assistance",
      "demandes sortantes",
      "demandes entrantes",
    ],
    es: [
      "solicitudes de asistencia",
      "solicitudes de asistencia judicial",
      "solicitudes salientes",
      "solicitudes entrantes",
    ],
  },
  "law-enforcement-cooperation": {
    fr: [
      "officiers de liaison",
      "echange de renseignements",
      "reseaux de praticiens",
      "cooperation informelle",
    ],
    es: [
      "oficiales de enlace",
      "intercambio de inteligencia",
      "redes de profesionales",
      "cooperacion informal",
    ],
  },
  "asset-recovery": {
    fr: [
      "recouvrement des avoirs voles",
      "recouvrer les avoirs",
      "recouvrement du produit",
      "bureau de recouvrement des avoirs",
      "produit de la corruption",
    ],
    es: [
      "recuperacion de activos robados",
      "recuperar el producto",
      "oficina de recuperacion de activos",
      "producto de la corrupcion",
    ],
  },
  "asset-tracing": {
    fr: [
      "tracer les avoirs",
      "suivi des avoirs",
      "localiser les avoirs",
      "avoirs situes a l'etranger",
      "enquetes financieres paralleles",
      "suivre l'argent",
    ],
    es: [
      "localizar los activos",
      "rastrear activos",
      "activos ubicados en el extranjero",
      "investigaciones financieras paralelas",
      "seguir el dinero",
    ],
  },
  "customer-due-diligence": {
    fr: [
      "vigilance renforcee",
      "diligence raisonnable",
      "identification des clients",
      "conservation des documents",
      "correspondance bancaire",
      "connaissance de la clientele",
    ],
    es: [
      "diligencia debida reforzada",
      "diligencia reforzada",
      "identificacion de clientes",
      "conservacion de registros",
      "corresponsalia bancaria",
    ],
  },
  "politically-exposed-persons": {
    fr: ["fonctions publiques importantes", "membres de la famille et proches associes"],
    es: ["funciones publicas destacadas", "familiares y asociados cercanos"],
  },
  "foreign-accounts": {
    fr: ["comptes financiers a l'etranger", "pouvoir de signature", "comptes offshore"],
    es: ["cuentas financieras en el extranjero", "facultad de firma", "cuentas offshore"],
  },
  "direct-recovery": {
    fr: ["procedure civile", "contentieux civil", "qualite pour agir", "proprietaires legitimes"],
    es: ["procedimiento civil", "litigio civil", "legitimacion activa", "legitimos propietarios"],
  },
  "foreign-confiscation": {
    fr: [
      "confiscation civile",
      "procedure in rem",
      "decisions de gel etrangeres",
      "reconnaissance des jugements etrangers",
    ],
    es: [
      "decomiso civil",
      "procedimiento in rem",
      "ordenes de embargo extranjeras",
      "reconocimiento de sentencias extranjeras",
      "decomiso ampliado",
    ],
  },
  "spontaneous-information": {
    fr: [
      "partager spontanement",
      "communiquer spontanement",
      "sans demande prealable",
      "transmission spontanee",
    ],
    es: [
      "transmitir espontaneamente",
      "compartir espontaneamente",
      "sin solicitud previa",
      "transmision espontanea",
    ],
  },
  "asset-return": {
    fr: [
      "restitution des produits",
      "rapatriement des avoirs",
      "partage des avoirs",
      "utilisation des avoirs restitues",
      "restituer les avoirs",
      "biens restitues",
    ],
    es: [
      "devolucion del producto",
      "repatriacion de activos",
      "reparto de activos",
      "uso de los activos devueltos",
      "restituir los bienes",
      "activos restituidos",
    ],
  },
  "financial-intelligence-unit": {
    fr: ["cellules de renseignement financier", "analyse financiere", "analyse strategique"],
    es: ["unidades de inteligencia financiera", "analisis financiero", "analisis estrategico"],
  },
  "asset-recovery-agreements": {
    fr: ["accords multilateraux", "traites bilateraux", "memorandum d'entente"],
    es: ["acuerdos multilaterales", "tratados bilaterales", "memorando de entendimiento"],
  },
};
