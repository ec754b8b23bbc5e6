/**
 * What the functions say, in Spanish (United States, "usted"; "tú" only in what a person sends a friend). Same keys
 * and placeholders as en.ts.
 */
import type { ServerMessages } from '../server.ts';
import { finderEs } from './finder-es.ts';
import { letterStatusEs } from './letter-status-es.ts';
import { requestFlowsEs, requestsEs } from './requests-es.ts';

export const es: ServerMessages = {
  review: {
    status: 'draft',
    note:
      'Borrador escrito con el código el 2026-11-30 (redacción revisada el 2026-12-01); falta la revisión de una ' +
      'persona hablante nativa.',
  },
  page: {
    skipLink: 'Saltar al contenido principal',
    backHint: 'Use el botón {back} de su navegador para corregirlo: lo que escribió sigue ahí. O {startAgain}.',
    back: 'Atrás',
    startAgain: 'empiece de nuevo',
  },
  fixes: {
    title: 'Hay que corregir algunas respuestas',
    intro: 'Corrija estas respuestas, por favor:',
    message: 'Hay que corregir algunas respuestas.',
  },
  errors: {
    notConfigured: 'Este sitio todavía no está listo del todo. Inténtelo de nuevo más tarde.',
    tryLaterTitle: 'Inténtelo de nuevo más tarde',
    tryAgainSoonTitle: 'Inténtelo de nuevo en unos minutos',
  },
  chambers: { house: 'de la Cámara', senate: 'del Senado' },
  titles: { house: 'Representante', senate: 'Senador(a)' },
  flows: {
    letters: {
      fixes: {
        title: 'Su carta necesita algunas correcciones',
        intro: 'Todavía no pudimos enviar su carta:',
        message: 'Su carta necesita algunas correcciones.',
      },
      labels: {
        name: 'Su nombre',
        email: 'Su correo electrónico',
        message: 'Su carta',
        story: 'Su historia',
        address: 'Su dirección',
        street: 'Dirección',
        town: 'Ciudad o pueblo',
        zip: 'Código postal',
        location: 'Dónde vive',
        campaign: 'Campaña',
        kind: 'Carta',
        website: 'Sitio web',
      },
      noCampaign: 'No hay ninguna campaña de cartas con ese nombre.',
      noThankYouTitle: 'Ahora no corresponde una carta de agradecimiento',
      noThankYou:
        'En esta etapa del presupuesto no corresponde una carta de agradecimiento. Aún puede escribir para ' +
        'pedir los fondos de esta partida.',
      unexpected: 'Algo falló de nuestro lado. Inténtelo de nuevo en un minuto: su carta no se enviará dos veces.',
      rateLimited: 'Recibimos demasiadas cartas desde su conexión por ahora. Inténtelo de nuevo más tarde.',
      confirmEmailFailed:
        'Guardamos su carta, pero ahora mismo no pudimos enviarle el enlace de confirmación. Envíe el ' +
        'formulario otra vez en unos minutos: su carta no se enviará dos veces.',
      noRecipientsTitle: 'No hay a quién enviar esta carta',
      vacantSeat: 'el escaño {chamber} del distrito {district}',
      vacant: '{seats} está vacante, así que por ahora no hay legislador a quien enviar esta carta.',
      noOne: 'No hay a quién escribir, así que por ahora no hay legislador a quien enviar esta carta.',
      and: ' y ',
    },
    pledges: {
      fixes: {
        title: 'Su compromiso necesita algunas correcciones',
        intro: 'Todavía no pudimos registrar su compromiso:',
        message: 'Su compromiso necesita algunas correcciones.',
      },
      labels: {
        name: 'Su nombre',
        email: 'Su correo electrónico',
        street: 'Dirección',
        town: 'Ciudad o pueblo',
        zip: 'Código postal',
        location: 'Dónde vive',
        types: 'Tipos de mentoría',
        ages: 'Edades',
        languages: 'Idiomas',
        consent: 'Su consentimiento',
        campaign: 'Campaña',
        website: 'Sitio web',
      },
      noCampaign: 'No hay ninguna campaña de compromisos con ese nombre.',
      submit: 'Me comprometo a ser mentor',
      unexpected:
        'Algo falló de nuestro lado. Inténtelo de nuevo en un minuto: su compromiso no se registrará dos veces.',
      rateLimited: 'Recibimos demasiados compromisos desde su conexión por ahora. Inténtelo de nuevo más tarde.',
    },
    alertSignups: {
      fixes: {
        title: 'Su inscripción necesita una corrección',
        intro: 'Todavía no pudimos inscribirle:',
        message: 'Su inscripción necesita una corrección.',
      },
      labels: {
        email: 'Su correo electrónico',
        name: 'Su nombre',
        place: 'Su ciudad, código postal o dirección',
        consent: 'Consentimiento',
        website: 'Sitio web',
      },
      rateLimited: 'Recibimos demasiadas inscripciones desde su conexión por ahora. Inténtelo de nuevo más tarde.',
      emailFailed:
        'Guardamos su inscripción, pero ahora mismo no pudimos enviarle el enlace de confirmación. Envíe el ' +
        'formulario otra vez en unos minutos.',
    },
    calls: {
      fixes: {
        title: 'No pudimos contar su llamada',
        intro: 'Faltaban algunos datos:',
        message: 'Faltaban algunos datos.',
      },
      labels: { campaign: 'Campaña', legislator: 'Legislador(a)', outcome: 'Cómo fue la llamada', town: 'Ciudad' },
      noCampaign: 'No hay ninguna campaña de llamadas con ese nombre.',
      notCampaign: 'no es una campaña con llamadas',
      noLegislator: 'No hay ningún legislador en funciones con ese nombre.',
      notSitting: 'no es un legislador en funciones',
      notYours: 'Esta campaña le pide que llame solo a sus propios legisladores.',
      notYourLegislator: 'no es uno de sus legisladores en esta campaña',
      rateLimited: 'Contamos demasiadas llamadas desde su conexión en esta hora. Inténtelo de nuevo más tarde.',
    },
    ...requestFlowsEs,
  },
  finder: finderEs,
  requests: requestsEs,
  programsFind: {
    title: 'No ofrecemos esos filtros',
    message: 'Algunos filtros no están entre los que ofrece el directorio.',
    showAll: 'Ver todos los programas de mentoría',
    labels: { town: 'Ciudad', district: 'Distrito', type: 'Tipo de mentoría', ages: 'Edades' },
  },
  chooseDistrict: {
    title: '¿En qué distrito vive?',
    street: 'Su dirección',
    streetHint: 'Por ejemplo, 24 Beacon St. Solo la usamos para encontrar su distrito.',
    orChoose: 'O, si lo sabe, elija su distrito:',
    legend: 'Su distrito {chamber}',
    sendLetter: 'Enviar mi carta',
    notFoundTitle: 'No pudimos encontrar su distrito',
  },
  callSheet: {
    title: 'Llame a sus legisladores: {campaign}',
    heading: 'Llame a sus legisladores',
    home: 'Inicio',
    lede:
      '{campaign}: sus propios legisladores del distrito {house} de la Cámara y del distrito {senate} del ' +
      'Senado. Una llamada toma dos minutos: diga el guion de abajo con sus propias palabras.',
    hours: 'Horario:',
    scriptNote: 'El guion está en inglés.',
    stageNote:
      'La partida está ahora en manos del {committee}{chair}. Aun así, usted llama a sus propios legisladores: ' +
      'el guion les pide que insistan ante quien preside el comité para que la financie.',
    chairedBy: ', presidido por {chair}',
    thanksTitle: 'Gracias por llamar.',
    alreadyTitle: 'Ya la contamos.',
    thanks: 'Contamos su llamada a {legislator}: {outcome}. Solo guardamos el conteo, nada sobre usted.',
    already: 'Contamos una llamada a {legislator} por persona en esta campaña.',
    vacantTitle: 'El escaño {chamber} del distrito {district} está vacante',
    vacantText: 'No hay {role} a quien llamar por su distrito hasta que se ocupe el escaño.',
    roles: { house: 'representante estatal', senate: 'senador(a) estatal' },
    yourRole: 'Su {role}, distrito {district}.',
    about: 'Sobre {name}',
    stateHouseOffice: 'Oficina en el State House',
    districtOffice: 'Oficina del distrito',
    callLabel: 'Llamar a {whose}: {number}',
    whoseStateHouse: 'la oficina de {legislator} en el State House',
    whoseDistrict: 'la oficina de distrito de {legislator}',
    noPhone: 'No tenemos número de teléfono de esta oficina.',
    otherWays: 'Otras formas de comunicarse con {name}',
    whatToSay: 'Qué decir',
    howDidItGo: 'Después de llamar a {legislator}: ¿cómo le fue?',
    counted: 'Contada: {outcome}. Gracias.',
    countedAlready: 'Ya contamos su llamada a esta oficina: contamos una por persona.',
    outcomes: {
      talked_to_staff: { button: 'Hablé con el personal', done: 'habló con el personal' },
      left_voicemail: { button: 'Dejé un mensaje de voz', done: 'dejó un mensaje de voz' },
      no_answer: { button: 'Ocupado o no contestaron', done: 'la línea estaba ocupada o nadie contestó' },
    },
    whatNext: 'Qué sigue',
    writeToo: 'Escríbales también',
    writeTooAfter: ': una carta con sus propias palabras, {campaign}.',
    pledge: 'Comprométase a ser mentor',
    pledgeAfter: ' de una persona joven: {campaign}.',
    alerts: 'Reciba alertas del presupuesto por correo',
    alertsAfter: ', para saber cuándo importa la próxima llamada.',
    askFriend: 'Invite a alguien a llamar también',
    // what the person sends a friend: 'tú', as between friends (the site's own share text does the same)
    shareText: 'Llamé a mis legisladores por {campaign}. Toma dos minutos: ¿llamarás tú a los tuyos?',
    shareSubject: 'Llama a tus legisladores: {campaign}',
    backTo: 'Volver a {campaign}',
    noSuchCall: 'No existe esa llamada',
    noSuchCallText: 'No hay ninguna campaña con llamadas con ese nombre.',
    allCampaigns: 'Todas las campañas',
    whereFirst: 'Díganos dónde vive, para encontrar a sus propios legisladores.',
    showWho: 'Ver a quién llamar',
  },
  pledgeStatus: {
    'check-email': {
      title: 'Gracias: ahora revise su correo',
      text:
        'Le enviamos un enlace para confirmar su compromiso. Cuenta en cuanto lo confirme; el enlace funciona' +
        ' durante una semana.',
    },
    'email-delayed': {
      title: 'Gracias: su correo de confirmación va en camino',
      text:
        'Guardamos su compromiso. Nuestro servicio de correo va lento en este momento, así que el enlace para' +
        ' confirmarlo puede tardar unos minutos; seguimos intentándolo hasta que salga. Cuenta en cuanto lo ' +
        'confirme.',
    },
    'already-emailed': {
      title: 'Revise su correo',
      text:
        'Se comprometió hace unos minutos y ya le enviamos el enlace para confirmarlo, así que no enviamos ' +
        'otro. Si no está en su bandeja de entrada, busque en la carpeta de correo no deseado, o vuelva a ' +
        'comprometerse dentro de diez minutos.',
    },
    'already-pledged': {
      title: 'Usted ya se comprometió',
      text: 'Ya se comprometió a ser mentor en esta campaña y lo confirmó, así que cuenta una sola vez. ¡Gracias!',
    },
    confirmed: {
      title: 'Gracias: su compromiso está confirmado',
      text:
        'Su compromiso cuenta, sin su nombre, en sus distritos de la Cámara y del Senado. El correo que le ' +
        'enviamos tiene un enlace para retirarlo cuando quiera.',
    },
  },
  letterStatus: letterStatusEs,
  pledgeThanks: {
    where: {
      house: 'en su distrito de la Cámara',
      senate: 'en su distrito del Senado',
      town: 'en su ciudad',
      near: 'cerca',
      statewide: 'en todo el estado',
    },
    lessThanMile: 'a menos de una milla',
    miles: 'a {n} millas',
    acrossMassachusetts: 'en todo Massachusetts',
    notChosen: '; no es lo que eligió, pero es lo más cercano que tenemos',
    houseDistrict: 'el distrito {district} de la Cámara',
    senateDistrict: 'el distrito {district} del Senado',
    yourArea: 'su zona',
    noPrograms: 'Nuestro directorio todavía no tiene ningún programa de mentoría en {places}.',
    nextStep: 'Siguiente paso: programas de mentoría cerca de usted',
    nearestFirst: 'Programas que encajan con lo que eligió, primero los más cercanos a {places}:',
    browse: 'Vea todo el directorio de programas de mentoría',
    browseAfter: ' por ciudad, tipo y edades.',
    askFriend: 'Invite a alguien a comprometerse también',
    counted: 'Cada compromiso confirmado se cuenta en el {map}, en los distritos de quien lo hizo.',
    map: 'mapa de compromisos',
    backTo: 'Volver a {campaign}',
    shareText: 'Me comprometí a ser mentor de una persona joven: {campaign}. ¿Y tú?',
    shareSubject: '¿Quieres ser mentor de una persona joven? {campaign}',
    share: {
      email: 'Enviar por correo a alguien',
      text: 'Enviar un mensaje de texto',
      whatsapp: 'Compartir en WhatsApp',
      x: 'Publicar en X',
      facebook: 'Compartir en Facebook',
    },
  },
  links: {
    deadTitle: 'Este enlace no funciona',
    expired: 'Este enlace de confirmación ya venció (los enlaces duran una semana).',
    startAgain: {
      letter: 'Vea nuestras campañas para volver a escribir su carta.',
      pledge: 'Vea nuestras campañas para volver a comprometerse.',
      alerts: 'Inscríbase otra vez en las alertas del presupuesto, o siga la página de alertas y su canal RSS.',
    },
    letter: {
      invalid: 'Este enlace de confirmación no es válido.',
      after: 'Escriba su carta de nuevo, por favor.',
      incomplete:
        'El enlace de confirmación está incompleto. Copie el enlace entero del correo, o escriba su carta de nuevo.',
      title: 'Confirme su carta',
      lede: 'Con un clic enviamos su carta a sus legisladores.',
      button: 'Confirmar y enviar mi carta',
    },
    pledge: {
      invalid: 'Este enlace de confirmación no es válido, o el compromiso se retiró.',
      after: 'Puede volver a comprometerse cuando quiera.',
      incomplete: 'El enlace de confirmación está incompleto. Copie el enlace entero del correo.',
      title: 'Confirme su compromiso',
      heading: 'Confirme su compromiso de ser mentor',
      lede: 'Con un clic su compromiso cuenta, sin su nombre, en sus distritos de la Cámara y del Senado.',
      button: 'Confirmar mi compromiso',
    },
    withdraw: {
      gone: 'Este compromiso ya se retiró (o su enlace nunca se confirmó y ya venció): no guardamos nada sobre él.',
      incomplete: 'El enlace para retirar el compromiso está incompleto. Copie el enlace entero del correo.',
      title: 'Retire su compromiso',
      heading: 'Retire su compromiso de ser mentor',
      lede:
        'Esto borra su compromiso y todo lo que guardamos con él: su nombre, correo, ciudad, distritos e ' +
        'intereses. Ya no contará.',
      button: 'Retirar mi compromiso y borrar mis datos',
      doneTitle: 'Su compromiso se retiró',
      doneText: 'Borramos su compromiso y sus datos, y ya no cuenta. Gracias por pensar en ser mentor.',
      back: 'Volver a la campaña',
    },
    alerts: {
      invalid:
        'Este enlace de confirmación no es válido: puede ser de un correo anterior, o la inscripción se eliminó.',
      after: 'Inscríbase de nuevo, por favor.',
      incomplete: 'El enlace de confirmación está incompleto. Copie el enlace entero del correo.',
      title: 'Confirme sus alertas del presupuesto',
      lede: 'Con un clic recibirá un correo cada vez que el presupuesto avance.',
      button: 'Confirmar mis alertas del presupuesto',
    },
    unsubscribe: {
      invalid: 'Este enlace para darse de baja no es válido.',
      invalidPage: 'Este enlace para darse de baja no es válido. Copie el enlace entero del correo.',
      incomplete: 'El enlace para darse de baja está incompleto. Copie el enlace entero del correo.',
      title: 'Darse de baja de las alertas del presupuesto',
      lede: 'Pulse el botón y borramos su inscripción: no recibirá más correos con alertas del presupuesto.',
      button: 'Darme de baja',
    },
    thanksNeedsLink: 'Esta página necesita el enlace al que le lleva nuestro formulario.',
  },
  email: {
    hello: 'Hola, {name}:',
    helloNoName: 'Hola:',
    alertFooter:
      'Recibe este correo porque esta dirección se inscribió en las alertas del presupuesto en {page}. Darse ' +
      'de baja: {link}',
    alertFooterHtml:
      'Recibe este correo porque esta dirección se inscribió en las alertas del presupuesto. {unsubscribe}.',
    unsubscribe: 'Darse de baja',
    alert: {
      yourRepresentative: 'Su representante es {name} ({district}).',
      yourSenator: 'Su senador(a) es {name} ({district}).',
      vacantSeat: 'El escaño {chamber} del distrito {district} está vacante.',
      readAlert: 'Leer la alerta',
      writeNow: 'Escríbales ahora',
      findAndWrite: 'Encuentre a sus legisladores y escríbales',
      readWhole: 'Leer la alerta completa',
      footer: 'Recibe este correo porque esta dirección se inscribió en las alertas del presupuesto en {page}.',
      englishOnly: 'Por ahora, esta alerta solo está en inglés.',
    },
    pledgeConfirm: {
      subject: 'Confirme su compromiso de ser mentor',
      thanks:
        'Gracias por comprometerse a ser mentor ({campaign}). Confirme su compromiso, por favor: solo cuenta ' +
        'cuando lo confirme.',
      confirmLink: 'Confirmar mi compromiso',
      until: 'El enlace funciona hasta el {date}. Si no lo confirma, ese día se borran su compromiso y sus datos.',
      changedMind: '¿Cambió de opinión? Retire su compromiso y borre sus datos cuando quiera, con este enlace:',
      changedMindHtml: '¿Cambió de opinión? {link}, cuando quiera.',
      withdrawLink: 'Retirar mi compromiso y borrar mis datos',
      notYou:
        'Si usted no se comprometió, ignore este correo: no se cuenta nada y su dirección se borra en menos ' +
        'de una semana.',
    },
    letterConfirm: {
      subject: 'Confirme su carta a sus legisladores',
      ask: 'Confirme su dirección de correo, por favor, para que podamos enviar su carta a {names}:',
      button: 'Confirmar y enviar mi carta',
      notYou: 'Si usted no escribió esta carta, ignore este correo: no se enviará nada.',
    },
    senderCopy: {
      subject: 'Su carta: {subject}',
      intro:
        'Gracias por escribir a {names}. Aquí tiene una copia de lo que enviamos en su nombre. Las respuestas' +
        ' de sus oficinas le llegarán directamente a usted.',
      subjectLine: 'Asunto:',
      to: 'Para {name}:',
      campaign: 'Campaña:',
      follow: 'Dónde está su carta (en camino, luego entregada):',
      englishNote: 'Su carta llegó a las oficinas en inglés, tal como aparece abajo.',
    },
    alertConfirm: {
      subject: 'Confirme sus alertas del presupuesto',
      ask:
        'Confirme, por favor, que quiere recibir alertas del presupuesto sobre la partida 7061-9634, ' +
        'Mentoring Matching Grants. El enlace abre una página con un botón: no se confirma nada hasta que lo ' +
        'pulse.',
      notYou: 'Si usted no se inscribió, ignore este correo: una inscripción sin confirmar se borra a los 7 días.',
      button: 'Confirmar mis alertas del presupuesto',
    },
    alertAlready: {
      subject: 'Usted ya recibe nuestras alertas del presupuesto',
      text:
        'Alguien (seguramente usted) pidió inscribir esta dirección en las alertas del presupuesto sobre la ' +
        'partida 7061-9634. Ya está inscrita, así que no cambió nada.',
    },
    alertWelcome: {
      subject: 'Ya está inscrito en las alertas del presupuesto',
      text:
        'Gracias. Le escribiremos cuando la partida 7061-9634, Mentoring Matching Grants, avance en el ' +
        'presupuesto del estado y cuando sus legisladores necesiten saber de usted.',
    },
  },
  validation: {
    fillIn: 'Complete este campo',
    unreadable: 'No podemos leer esta respuesta en esta forma',
    atLeastChars: 'Use al menos {n} caracteres',
    atMostChars: 'Use como máximo {n} caracteres',
    chooseAtLeastOne: 'Elija al menos una opción',
    emailLike: 'Escriba un correo electrónico como nombre@ejemplo.com',
    emailLikeOrg: 'Escriba un correo electrónico como nombre@ejemplo.org',
    chooseOption: 'Elija una de las opciones',
    enterName: 'Escriba su nombre',
    nameTooLong: 'Use como máximo 100 caracteres para su nombre',
    nameOneLine: 'Su nombre debe ir en una sola línea',
    nameNoBrackets: 'Su nombre no puede contener < ni >',
    enterEmail: 'Escriba su correo electrónico',
    emailTooLong: 'Ese correo electrónico es demasiado largo',
    writeLetter: 'Escriba su carta',
    letterMin: 'Su carta necesita al menos {n} caracteres',
    letterMax: 'Su carta puede tener como máximo {n} caracteres',
    letterChars: 'Su carta tiene caracteres que no podemos enviar',
    writeStory: 'Escriba su historia',
    storyMax: 'Su historia puede tener como máximo {n} caracteres',
    storyChars: 'Su historia tiene caracteres que no podemos enviar',
    leaveWebsite: 'Deje vacío el campo «Sitio web»',
    chooseKinds: 'Elija tipos de mentoría de la lista',
    chooseAges: 'Elija edades de la lista',
    languagesWords: 'Escriba los idiomas como palabras, separadas por comas',
    languageWord: 'Escriba cada idioma como una palabra de 40 letras como máximo, separadas por comas',
    languagesMax: 'Escriba como máximo 10 idiomas',
    pledgeConsent: 'Marque la casilla para aceptar que guardemos su compromiso',
    alertsConsent: 'Marque la casilla para aceptar recibir correos con alertas del presupuesto',
    placeShort: 'Use menos de 160 caracteres',
    placeOneLine: 'Escríbalo en una sola línea',
    linkInvalid: 'Este enlace no es válido',
    confirmLinkInvalid: 'Este enlace de confirmación no es válido',
    tooLong: 'es demasiado largo',
    slug: 'no es un nombre de campaña válido',
    districtId: 'no es un distrito válido',
    atMostN: 'puede tener como máximo {n} caracteres',
    number: 'debe ser un número',
    numberRange: 'debe ser un número del {min} al {max}',
    zip: 'debe ser un código postal de 5 dígitos',
    bothCoordinates: 'indique la latitud y la longitud',
    streetTown: 'agregue la ciudad o el pueblo, o el código postal, de su dirección',
    someLocation: 'escriba su dirección, o su ciudad, pueblo o código postal',
    enterTown: 'Escriba su ciudad o pueblo',
    townTooLong: 'Use como máximo 80 caracteres para su ciudad',
    townOneLine: 'Su ciudad debe ir en una sola línea',
    townNoBrackets: 'Su ciudad no puede contener < ni >',
    notCampaign: 'no es una campaña con llamadas',
    keepUnder: 'Use menos de {n} caracteres',
    listAsWords: 'Escríbalos como palabras',
    keepEachUnder: 'Use menos de {n} caracteres en cada uno',
    townsMax: 'Escriba {n} ciudades o pueblos como máximo, o ninguno si el programa es de todo el estado',
    notTown: '"{town}" no es una ciudad o pueblo de Massachusetts',
    programName: 'Escriba el nombre del programa',
    organizationRuns: 'Escriba la organización que lo dirige',
    chooseKind: 'Elija al menos un tipo de mentoría',
    chooseFromList: 'Elija de la lista',
    agesGrades: 'Escriba las edades o los grados que atienden, como 8-18 o grados 6-8',
    webAddress: 'Escriba una dirección web que empiece con https://',
    keepShort: 'Escríbalo más corto',
    contactEmail: 'Escriba un correo electrónico de contacto',
    listConsent: 'Marque la casilla para aceptar que incluyamos el programa y podamos contactarle',
    oneLineNoSpecial: 'Escríbalo en una sola línea, sin caracteres especiales',
    yourSchool: 'Escriba su escuela u organización',
    yourRole: 'Escriba su cargo, por ejemplo maestro, director de escuela o director de programa',
    townFromList: 'Escriba una ciudad o pueblo de Massachusetts de la lista',
    chooseHelp: 'Elija al menos un tipo de ayuda',
    messageUnder: 'Su mensaje debe tener menos de {n} caracteres',
    contactConsent: 'Marque la casilla para que podamos contactarle sobre esta solicitud',
    whatHelp: 'Díganos qué ayuda necesita',
    townFromFilter: 'debe ser una ciudad o pueblo de la lista',
    districtFromFilter: 'debe ser un distrito de la lista',
    typeFromFilter: 'debe ser un tipo de mentoría de la lista',
    agesFromFilter: 'debe ser un grupo de edad de la lista',
  },
  generic: {
    fillIn: 'Complete este campo',
    unreadable: 'No podemos leer esta respuesta en esta forma',
    tooShort: 'Esta respuesta es demasiado corta',
    tooLong: 'Esta respuesta es demasiado larga',
    chooseOption: 'Elija una de las opciones',
    fix: 'Revise esta respuesta',
  },
};
