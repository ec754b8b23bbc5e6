// The site's words in Spanish (Latin American, neutral, "usted"), one value for every English key (en.ts).
import type { ReviewStatus } from '../locales.ts';
import type { SiteMessages } from './en.ts';
import { directoryEs } from './directory/es.ts';
import { callEs } from './call/es.ts';
import { mapEs } from './map/es.ts';
import { submitEs } from './submit/es.ts';
import { outcomesEs } from './outcomes/es.ts';
import { privacyEs } from './privacy/es.ts';

export const review: ReviewStatus = {
  status: 'draft',
  note: 'Written by the project (2026-11-30; wording revised 2026-12-01), awaiting review by a native Spanish speaker.',
};

export const es: SiteMessages = {
  ...outcomesEs,
  ...directoryEs,
  ...mapEs,
  ...callEs,
  ...submitEs,
  ...privacyEs,
  'base.skipLink': 'Ir al contenido principal',
  'header.menu': 'Menú',
  'header.mainNav': 'Principal',
  'header.languages': 'Idioma',
  'nav.takeAction': 'Actúe',
  'nav.pledge': 'Comprométase',
  'nav.programs': 'Programas',
  'nav.map': 'Mapa',
  'nav.officials': 'Para funcionarios',
  'nav.search': 'Buscar',
  'footer.runBy': 'Un sitio de {organization}.',
  'footer.privacyLine':
    'Las cartas van solo a sus propios legisladores estatales. Guardamos la menor cantidad posible de datos ' +
    'personales.',
  'footer.draftTranslation': 'Esta traducción es un borrador: todavía no la ha revisado un hablante nativo.',
  'footer.act': 'Actúe',
  'footer.allCampaigns': 'Todas las campañas',
  'footer.lineItem': 'Partida {lineItem}',
  'footer.champions': 'Defensores de la mentoría',
  'footer.pledgeMap': 'Mapa de compromisos',
  'footer.findLegislator': 'Buscar un legislador',
  'footer.nearYou': 'Mentoría cerca de usted',
  'footer.programs': 'Programas de mentoría',
  'footer.officials': 'Para funcionarios públicos',
  'footer.schools': 'Para escuelas',
  'footer.search': 'Buscar en el sitio',
  'footer.openData': 'Datos abiertos',
  'footer.dataSources': 'De dónde vienen nuestros datos',
  'footer.districts': 'Los 200 distritos',
  'footer.budgetHistory': 'Historial presupuestario de la partida {lineItem}',
  'footer.alerts': 'Alertas del presupuesto',
  'footer.privacy': 'Sus datos',
  'site.description':
    'Campañas por la mentoría juvenil en Massachusetts: escriba a sus legisladores estatales, comprométase a ser ' +
    'mentor y encuentre los programas de mentoría de su distrito.',
  notTranslated: 'Esta página todavía no está traducida. Aquí la tiene en inglés.',
  'dates.range': 'Del {starts} al {ends}',
  'dates.from': 'Desde el {starts}',

  'home.title': 'Que la mentoría en Massachusetts siga teniendo fondos',
  'home.lede':
    'La partida {lineItem}, {title}, es el único fondo estatal dedicado solo a la mentoría. Pida a su propio ' +
    'representante y a su propio senador estatal que la financien en el presupuesto del {fiscalYear}.',
  'home.now': 'Ahora',
  'home.stageNow': 'El presupuesto del {fiscalYear} está en esta etapa: {stage}.',
  'home.stageDate': 'Fecha: {date}.',
  'home.noStageDate': 'Todavía no hay una fecha registrada para esta etapa.',
  'home.whereBudgetStands': 'En qué punto está el presupuesto',
  'home.writeToLegislators': 'Escriba a sus legisladores',
  'home.takeActionNow': 'Actúe ahora',
  'home.proofLabel': 'Lo que la gente ha hecho hasta ahora',
  'home.proofLetters': 'cartas enviadas a legisladores',
  'home.proofPledges': 'personas se comprometieron a ser mentores',
  'home.whatToDo': '¿Qué le gustaría hacer?',
  'home.letterCardTitle': 'Escriba a sus legisladores estatales',
  'home.letterCardText':
    'Diga a su representante y a su senador por qué importa la mentoría. Los encontramos a partir de su dirección ' +
    'y enviamos su carta por usted.',
  'home.letterCardButton': 'Escribir una carta',
  'home.pledgeCardTitle': 'Sea mentor',
  'home.pledgeCardText':
    'Comprométase a ser mentor de un joven. Le ponemos en contacto con programas de mentoría cerca de usted y ' +
    'contamos su compromiso en su distrito, en {map}.',
  'home.pledgeCardMap': 'el mapa de compromisos',
  'home.pledgeCardButton': 'Comprometerme a ser mentor',
  'home.officialsCardTitle': 'Para legisladores y funcionarios',
  'home.officialsCardText':
    'Vea cada uno de los 200 distritos de la Cámara y del Senado: sus localidades, su legislador y lo que los ' +
    'electores hacen por la mentoría.',
  'home.officialsCardFind': '{find} a partir de su dirección, ciudad o código postal.',
  'home.officialsCardFindLink': 'Encuentre a sus propios legisladores',
  'home.officialsCardButton': 'Encontrar su distrito',
  'home.campaigns': 'Campañas',
  'home.allCampaigns': 'Todas las campañas',

  'campaigns.title': 'Campañas',
  'campaigns.description': 'Campañas actuales y próximas por la mentoría juvenil en Massachusetts.',
  'campaigns.lede':
    'Cada campaña pide una acción clara: una carta a sus propios legisladores, un compromiso de ser mentor o ' +
    'correr la voz entre sus amigos.',
  'campaigns.past': 'Campañas anteriores',
  'campaign.verb.letter': 'Escriba a sus legisladores',
  'campaign.verb.pledge': 'Comprométase a ser mentor',
  'campaign.verb.call': 'Llame a sus legisladores',
  'campaign.verb.share': 'Corra la voz',
  'campaign.button.letter': 'Escribir su carta',
  'campaign.status.active': 'En curso',
  'campaign.status.upcoming': 'Próximamente',
  'campaign.status.ended': 'Terminada',
  'campaign.ended': '(terminada)',
  'campaign.breadcrumb': 'Ruta de navegación',
  'campaign.home': 'Inicio',
  'campaign.facts': 'Datos de la campaña',
  'campaign.lineItem': 'Partida {lineItem}',
  'campaign.budgetAt': 'El presupuesto del {fiscalYear} está en esta etapa: {stage}.',
  'campaign.budgetLink': 'En qué punto está el presupuesto y sus fondos desde el año fiscal 2001',
  'campaign.pledgesOnMap': 'Compromisos en el mapa',
  'campaign.pledgesOnMapLink': 'Vea los compromisos confirmados de esta campaña por distrito de la Cámara y del Senado',
  'campaign.share': 'Compartir',
  'campaign.takeAction': 'Actúe',
  'campaign.endedNotice': 'Esta campaña terminó. Gracias a todas las personas que participaron.',
  'campaign.talkingPoints': 'Ideas que puede mencionar',
  'campaign.callButton': 'Llame a sus legisladores',

  'stageNow.title': 'Quién decide ahora',
  'stageNow.committee': 'La partida está ante el {committee}, que está redactando su presupuesto del {fiscalYear}.',
  'stageNow.committeeChair':
    'La partida está ante el {committee}, presidido por {chair}, que está redactando su presupuesto del {fiscalYear}.',
  'stageNow.committeeLetter':
    'Su carta sigue yendo solo a sus propios legisladores. Les pide que insten a la presidencia y a los miembros ' +
    'del comité a financiar la partida.',
  'stageNow.committeeMembers': 'Los {count} miembros del comité',
  'stageNow.stage': 'El presupuesto del {fiscalYear} está en esta etapa: {stage}.',
  'stageNow.whereItStands': 'En qué punto está',
  'stageNow.thankYouDue': 'Es momento de dar las gracias.',
  'stageNow.funded': 'En la etapa {stage}, la partida recibió {amount}.',
  'stageNow.thankBoth': 'Dé las gracias a su representante y a su senador estatal',
  'stageNow.thankHouse': 'Dé las gracias a su representante estatal',
  'stageNow.thankSenate': 'Dé las gracias a su senador estatal',
  'title.house': 'Representante',
  'title.senate': 'Senador(a)',

  'goal.text': 'Meta: {count} {label}',
  'goal.progress': 'Avance hacia {count} {label}',
  'goal.countOf': '{count} de {goal} {label}',
  'goal.mine': 'Su participación ya está contada. Gracias.',

  'letter.intro':
    'Tres pasos. Su carta va a su propio {recipients}, desde la dirección de nuestra campaña y con su correo ' +
    'electrónico como dirección de respuesta, para que su oficina pueda contestarle directamente. Usted recibe una ' +
    'copia.',
  'letter.recipients.house': 'representante estatal',
  'letter.recipients.senate': 'senador estatal',
  'letter.recipients.both': 'representante estatal y senador estatal',
  'form.fixThese': 'Corrija lo siguiente',
  'letter.where': '1. Dónde vive',
  'letter.step2': '2. Su carta',
  'letter.to':
    'A su propio {recipients}: añadimos “Dear Representative …” o “Dear Senator …” y la firmamos con su nombre y ' +
    'su ciudad.',
  'letter.subject': 'Asunto: {subject}',
  'letter.message': 'Carta',
  'letter.messageHint': 'Ya está escrita; modifíquela como quiera.',
  'letter.englishNote':
    'La carta está en inglés porque las oficinas leen en inglés. Más abajo puede leerla en su idioma.',
  'letter.translation': 'Lea la carta en su idioma',
  'letter.translationNote': 'Esta traducción es para usted; sus legisladores reciben la carta en inglés.',
  'letter.story': 'Por qué le importa la mentoría',
  'letter.storyHint':
    'Opcional, pero es lo que más cuenta: una o dos frases con sus propias palabras. La ponemos justo antes de la ' +
    'petición final.',
  'letter.storyLanguage': 'Puede escribirla en cualquier idioma.',
  'letter.committee': 'Mientras la partida esté ante el {committee}, añadimos este párrafo antes de su petición final:',
  'letter.committeeMember': 'Si su propio legislador forma parte del comité, su carta dice en cambio: “{paragraph}”',
  'letter.step3': '3. Enviar',
  'form.name': 'Su nombre',
  'form.email': 'Su correo electrónico',
  'letter.emailHint': 'Los legisladores le responderán a esta dirección. Le enviamos una copia de su carta.',
  'letter.consent': 'Pueden enviarme correos sobre esta campaña (opcional).',
  'form.honeypot': 'Sitio web (deje esto vacío)',
  'letter.send': 'Enviar mi carta',
  'letter.keep': 'Guardamos su carta solo el tiempo necesario para entregarla y contarla.',
  'form.privacyLink': 'Cómo tratamos sus datos',

  'find.legend': '¿Dónde vive?',
  'find.address': 'Su dirección',
  'find.addressHint':
    'Calle y ciudad, como “24 Beacon St, Boston”, o solo su ciudad o pueblo. La calle es opcional pero ' +
    'recomendable: las oficinas responden a los electores que pueden verificar.',
  'find.findButton': 'Encontrar a mis legisladores',
  'find.hint':
    'Con su dirección encontramos sus distritos con exactitud. Su ciudad, código postal o distrito electoral ' +
    '(ward) de Boston basta cuando está dentro de un solo distrito; si está dividido, le pediremos que elija.',
  'find.street': 'Dirección',
  'find.streetHint': 'Por ejemplo, 24 Beacon Street. Opcional, pero exacta.',
  'find.town': 'Ciudad o pueblo',
  'find.zip': 'Código postal (ZIP)',
  'find.ward': 'Distrito electoral (ward) de Boston',
  'find.wardHint': 'Solo en Boston, si lo sabe. Aparece en su registro de votante.',
  'find.noWard': 'No vivo en Boston, o no lo sé',
  'find.wardOption': 'Ward {ward}',
  'find.locate': 'Usar mi ubicación',
  'find.map': 'Elegir en un mapa',

  'findPage.title': 'Encuentre a sus legisladores',
  'findPage.description':
    'Encuentre a su representante y a su senador estatal de Massachusetts a partir de su dirección, ciudad, código ' +
    'postal o distrito electoral (ward) de Boston.',
  'findPage.heading': 'Encuentre a sus legisladores estatales',
  'findPage.lede':
    'Toda persona en Massachusetts tiene un representante estatal y un senador estatal. Díganos dónde vive y ' +
    'encontraremos los suyos en los mapas oficiales de distritos.',
  'findPage.how': 'Cómo encontramos sus distritos',
  'findPage.howAddress':
    'El servicio gratuito de direcciones de la Oficina del Censo de EE. UU. convierte una dirección en un punto del ' +
    'mapa. Luego comprobamos ese punto con los límites detallados de los distritos que publica MassGIS.',
  'findPage.howPlace':
    'Una ciudad, un código postal o un distrito electoral (ward) de Boston basta cuando está por completo dentro ' +
    'de un distrito de la Cámara y uno del Senado. Si está dividido, le mostramos los distritos que toca y le ' +
    'pedimos que elija el suyo o que nos dé su dirección. Nunca adivinamos.',
  'findPage.howLocation':
    'Usar mi ubicación y el mapa funcionan igual que una dirección: su navegador nos da un punto y lo comprobamos ' +
    'con los límites de los distritos.',
  'findPage.keep':
    'No guardamos lo que escribe aquí. Límites de los distritos: MassGIS, distritos de 2021 (vigentes desde las ' +
    'elecciones de 2022).',
  'findPage.aboutData': 'Sobre los datos',
  'findPage.browse': 'También puede ver {districts} y {legislators}.',
  'findPage.allDistricts': 'los 200 distritos',
  'findPage.allLegislators': 'todos los legisladores',

  'pledge.intro':
    '{headline}. Le enviamos un enlace por correo electrónico para confirmar su compromiso; cuando lo confirme, ' +
    'cuenta (sin su nombre) en sus distritos de la Cámara y del Senado, y le mostramos programas de mentoría cerca ' +
    'de usted.',
  'pledge.aboutYou': 'Sobre usted',
  'pledge.emailHint': 'Aquí le enviamos el enlace para confirmar su compromiso.',
  'pledge.types': '¿Qué tipo de mentoría le conviene?',
  'pledge.ages': '¿De qué edades le gustaría ser mentor?',
  'form.optionalTickAny': 'Opcional: marque las que quiera.',
  'pledge.languages': 'Idiomas, además del inglés, en los que podría ser mentor',
  'pledge.languagesHint': 'Opcional. Por ejemplo: español, criollo haitiano.',
  'pledge.consent':
    'Acepto que {organization} guarde mi nombre, correo electrónico, ciudad, distritos e intereses para contar mi ' +
    'compromiso y ponerme en contacto con programas de mentoría, hasta que lo retire (los compromisos sin ' +
    'confirmar se borran después de una semana).',
  'pledge.submit': 'Comprometerme a ser mentor',
  'pledge.type.school-based': 'En la escuela (en una escuela, durante o después del horario escolar)',
  'pledge.type.site-based': 'En el centro del programa (en las instalaciones del propio programa)',
  'pledge.type.community': 'En la comunidad (saliendo juntos por la comunidad)',
  'pledge.type.workplace': 'En el trabajo (los jóvenes visitan su lugar de trabajo)',
  'pledge.type.e-mentoring': 'Mentoría en línea',
  'pledge.age.children': 'Niños (de 5 a 10 años)',
  'pledge.age.preteens': 'Preadolescentes (de 11 a 13 años)',
  'pledge.age.teens': 'Adolescentes (de 14 a 18 años)',
  'pledge.age.young-adults': 'Adultos jóvenes (de 19 a 24 años)',
  'pledgePage.title': 'Comprométase a ser mentor',
  'pledgePage.description':
    'Comprométase a ser mentor de un joven en Massachusetts: le indicamos programas de mentoría cerca de usted y ' +
    'contamos su compromiso, sin su nombre, en su distrito.',
  'pledgePage.heading': 'Comprométase a ser mentor de un joven',
  'pledgePage.lede':
    'Un compromiso no es un contrato. Nos dice que quiere ser mentor y dónde vive. Cuando lo confirme por correo ' +
    'electrónico, le indicamos programas de mentoría cerca de usted, y su compromiso se cuenta, sin su nombre, en ' +
    '{map}.',
  'pledgePage.map': 'el mapa de distritos de la Cámara y del Senado',
  'pledgePage.open': 'Campañas de compromiso abiertas',
  'pledgePage.noneOpen': 'Ahora no hay ninguna campaña de compromiso abierta. {find} y contáctelo directamente.',
  'pledgePage.findProgram': 'Encuentre un programa de mentoría cerca de usted',
  'pledgePage.already': '¿Ya sabe dónde le gustaría ser mentor? {browse}.',
  'pledgePage.browse': 'Consulte el directorio de programas de mentoría',

  'next.title': 'Siga adelante',
  'next.call': 'Llame a sus legisladores',
  'next.callText': 'Llame a las mismas dos oficinas con el mismo pedido: toma unos minutos.',
  'next.pledge': 'Comprométase a ser mentor',
  'next.pledgeText': 'Sea mentor de un joven: le ponemos en contacto con programas de mentoría cerca de usted.',
  'next.alerts': 'Reciba alertas del presupuesto',
  'next.alertsText': 'Un correo cuando la partida avance y sus legisladores necesiten volver a saber de usted.',
  'next.share': 'Pida a un amigo que también escriba',
  'next.shareText': 'Acabo de escribir a mis legisladores estatales: {title}. Tú también puedes.',
  'next.shareSubject': '¿Escribirías a tus legisladores? {title}',
  'share.linkToShare': 'Enlace para compartir:',
  'share.copy': 'Copiar enlace',
  'share.email': 'Enviar por correo',
  'share.text': 'Enviar un mensaje de texto',
  'share.whatsapp': 'Compartir en WhatsApp',
  'share.x': 'Publicar en X',
  'share.facebook': 'Compartir en Facebook',

  'call.title': 'Llame a sus legisladores',
  'call.intro':
    'Una llamada de dos minutos a las oficinas de su propio {whom}. El personal anota cada llamada de un elector.',
  'call.hours': 'Las oficinas del Capitolio estatal contestan el teléfono: {hours}.',
  'call.stage': 'La partida está ante el {committee}.',
  'call.stageChair': 'La partida está ante el {committee}, presidido por {chair}.',
  'call.stageOwn':
    'Usted sigue llamando a sus propios legisladores: el guion les pide que insten a la presidencia a financiarla.',
  'call.whatToSay': 'Qué decir',
  'call.scriptEnglish': 'Las oficinas hablan inglés, así que el texto que usted dirá está en inglés.',
  'call.nameHint':
    'Diga su propio nombre donde dice {placeholder}. Su hoja de llamada completa el nombre de cada legislador y su ' +
    'ciudad.',
  'call.yourLegislator': '(su legislador)',
  'call.yourName': '(su nombre)',
  'call.yourTown': '(su ciudad)',
  'call.now': 'Llame ahora a sus legisladores',
  'call.findPhones': 'Encuentre los teléfonos de sus legisladores',
  'call.countOnly': 'Solo contamos cómo fue cada llamada, nunca quién llamó.',
  'callPage.title': 'Llame a sus legisladores: {campaign}',
  'callPage.description':
    'Llame a su propio representante y a su senador estatal por {campaign}: sus teléfonos, qué decir y cuándo ' +
    'contestan sus oficinas.',
  'callPage.crumb': 'Llamar',
  'callPage.where': '¿Dónde vive?',
  'callPage.show': 'Ver los teléfonos de mis legisladores',
  'callPage.keepNothing': 'Usamos dónde vive solo para encontrar a sus legisladores, y no guardamos nada sobre usted.',
  'callPage.ended': 'Esta campaña terminó. Gracias a todas las personas que llamaron.',

  'alerts.title': 'Alertas del presupuesto',
  'alerts.description':
    'Alertas con fecha sobre la partida {lineItem}, Mentoring Matching Grants, a medida que avanza el presupuesto de ' +
    'Massachusetts.',
  'alerts.lede':
    'Cuando el presupuesto avanza en la partida {lineItem}, publicamos aquí una alerta: qué pasó, qué viene después ' +
    'y qué puede hacer usted.',
  'alerts.follow': 'Sígalas con el {feed} o añada el {calendar} a su aplicación de calendario. Vea también {budget}.',
  'alerts.feed': 'canal RSS',
  'alerts.calendar': 'calendario de plazos del presupuesto',
  'alerts.budget': 'en qué punto está ahora el presupuesto',
  'alerts.none': 'Todavía no hay alertas.',
  'alerts.inEnglish': 'Las alertas están escritas en inglés.',
  'signup.title': 'Reciba alertas del presupuesto por correo electrónico',
  'signup.intro':
    'Un correo cuando la partida {lineItem} avance en el presupuesto estatal y sus legisladores necesiten saber de ' +
    'usted. Primero le enviamos un enlace para confirmar; cada correo trae un enlace para darse de baja.',
  'signup.nameHint': 'Opcional, para saludarle.',
  'signup.place': 'Su ciudad, código postal o dirección',
  'signup.placeHint':
    'Opcional: así cada alerta nombra a sus propios legisladores y enlaza a una carta ya dirigida a ellos. Solo ' +
    'guardamos sus distritos.',
  'signup.consent':
    'Acepto recibir correos de alerta del presupuesto sobre la partida {lineItem} de {site}. Puedo darme de baja en ' +
    'cualquier momento.',
  'signup.submit': 'Suscribirme',
  'signup.keep':
    'Solo guardamos su correo, su nombre si lo da, sus distritos de la Cámara y del Senado si da un lugar, y la ' +
    'fecha en que se suscribió.',

  'js.common.sending': 'Enviando…',
  'js.common.failed': 'Algo salió mal. Inténtelo de nuevo.',
  'js.common.house': 'de la Cámara',
  'js.common.senate': 'del Senado',
  'js.letter.templateHint':
    'Su carta todavía es casi palabra por palabra el modelo. El personal da más peso a las cartas con palabras ' +
    'propias: añada una frase sobre por qué le importa la mentoría.',
  'js.letter.send': 'Enviar mi carta',
  'js.letter.offline':
    'No pudimos conectar con el servidor. Revise su conexión e inténtelo de nuevo: su carta no se enviará dos veces.',
  'js.letter.awaiting': 'Revise su correo para confirmar su carta',
  'js.letter.already': 'Usted ya escribió en esta campaña',
  'js.letter.thanks': 'Gracias por escribir',
  'js.letter.status.sent': 'enviada',
  'js.letter.status.queued': 'en cola: saldrá dentro de una hora',
  'js.letter.status.failed': 'no se pudo entregar; nuestro personal ya lo sabe',
  'js.letter.status.none': 'no enviada',
  'js.letter.status.awaiting_confirmation': 'esperando a que confirme su correo electrónico',
  'js.letter.follow': 'Vea dónde está su carta: en camino, luego entregada',
  'js.letter.vacant': 'El escaño del distrito {district} {chamber} está vacante, así que no se envió ninguna carta.',
  'js.letter.to': 'A {people}: cada uno recibe su propia copia, firmada con su nombre y su ciudad.',
  'js.letter.and': ' y ',
  'js.letter.seatVacant': 'El escaño del distrito {district} está vacante.',
  'js.pledge.submit': 'Comprometerme a ser mentor',
  'js.pledge.offline':
    'No pudimos conectar con el servidor. Revise su conexión e inténtelo de nuevo: su compromiso no se duplicará.',
  'js.pledge.next': 'Siguiente paso: programas de mentoría cerca de usted',
  'js.pledge.notChosen': '; no es lo que eligió, pero es el más cercano que tenemos',
  'js.pledge.none': 'Nuestro directorio todavía no tiene programas de mentoría en sus distritos ni en su ciudad.',
  'js.pledge.browse': 'Consulte todo el directorio de programas de mentoría',
  'js.pledge.share': 'Pida a un amigo que también se comprometa',
  'js.pledge.where.house': 'en su distrito de la Cámara',
  'js.pledge.where.senate': 'en su distrito del Senado',
  'js.pledge.where.town': 'en su ciudad',
  'js.pledge.where.near': 'cerca',
  'js.pledge.where.statewide': 'en todo el estado',
  'js.pledge.lessThanMile': ', a menos de una milla',
  'js.pledge.miles': ', a {miles} millas',
  'js.copy.done': 'Enlace copiado.',
  'js.copy.failed': 'Su navegador no nos dejó copiarlo: seleccione el enlace y cópielo.',
  'js.find.looking': 'Buscando sus distritos…',
  'js.find.offline': 'No pudimos conectar con el buscador de distritos. Revise su conexión e inténtelo de nuevo.',
  'js.find.error': 'Algo salió mal. Inténtelo de nuevo.',
  'js.find.district': 'Distrito {district} {chamber}',
  'js.find.vacantSeat': ': este escaño está vacante',
  'js.find.change': '¿No es correcto? Cámbielo',
  'js.find.openPage': 'Abrir como página para compartir o imprimir',
  'js.find.chose': 'Eligió el distrito {house} de la Cámara y el distrito {senate} del Senado.',
  'js.find.yours': 'Su distrito {chamber}: {district} ({who}).',
  'js.find.which': '¿Cuál es su distrito {chamber}?',
  'js.find.seatVacant': 'escaño vacante',
  'js.find.showOnMap': 'Mostrar estos distritos en el mapa',
  'js.find.choicesPage': 'Abrir estas opciones como página, con los precintos de cada distrito cuando los conocemos',
  'js.find.locating': 'Pidiendo su ubicación a su navegador…',
  'js.find.noLocation': 'No pudimos obtener su ubicación. Escriba su dirección, ciudad o código postal.',
  'js.find.hideMap': 'Ocultar el mapa',
  'js.find.showMap': 'Elegir en un mapa',
  'js.find.mapHelp':
    'Haga clic o toque donde vive. Arrastre o use las flechas del teclado para mover el mapa; use + y − para ' +
    'acercar o alejar.',
  'js.find.mapLabel': 'Mapa de los distritos de Massachusetts',
  'js.find.zoomIn': 'Acercar',
  'js.find.zoomOut': 'Alejar',
  'js.find.attribution': 'Límites de los distritos: MassGIS',
  'js.find.mapFailed': 'No se pudo cargar el mapa. Escriba su dirección, ciudad o código postal.',

  'stage.request': 'Pedido de los defensores',
  'stage.governor': 'Recomendación del gobernador',
  'stage.house_ways_and_means': 'Comité de Medios y Arbitrios de la Cámara',
  'stage.house_final': 'Presupuesto de la Cámara',
  'stage.senate_ways_and_means': 'Comité de Medios y Arbitrios del Senado',
  'stage.senate_final': 'Presupuesto del Senado',
  'stage.conference': 'Comité de conferencia',
  'stage.enacted': 'Presupuesto aprobado',
  'stage.veto': 'Vetos del gobernador',
  'stage.override': 'Anulación de vetos',
  'stageExplain.governor': 'El gobernador presenta su recomendación de presupuesto para el año fiscal.',
  'stageExplain.house_ways_and_means':
    'El Comité de Medios y Arbitrios (Ways and Means) de la Cámara redacta la versión del presupuesto de la Cámara.',
  'stageExplain.house_final': 'La Cámara en pleno debate y enmienda el presupuesto, y luego lo vota.',
  'stageExplain.senate_ways_and_means':
    'El Comité de Medios y Arbitrios (Ways and Means) del Senado redacta la versión del presupuesto del Senado.',
  'stageExplain.senate_final': 'El Senado en pleno debate y enmienda el presupuesto, y luego lo vota.',
  'stageExplain.conference':
    'Un comité de conferencia de representantes y senadores resuelve las diferencias; ambas cámaras votan su informe.',
  'stageExplain.enacted':
    'El gobernador firma el presupuesto como ley (la General Appropriations Act) y puede vetar o reducir partidas.',
  'stageExplain.veto': 'El gobernador veta o reduce la partida al firmar el presupuesto.',
  'stageExplain.override':
    'La Cámara y el Senado votan si la restituyen: anular un veto requiere dos tercios de los votos en cada cámara.',
};
