// The pages people land on after a form without JavaScript, in Spanish ("usted"): one value per key of ./en.ts.
import type { outcomesEn } from './en.ts';

export const outcomesEs: Record<keyof typeof outcomesEn, string> = {
  'letterThanks.back': 'Volver a la campaña',
  'letterThanks.sent.title': 'Gracias: su carta va en camino',
  'letterThanks.sent.text':
    'Enviamos su carta a sus legisladores y una copia a usted. Las respuestas de sus oficinas le llegan ' +
    'directamente a su correo.',
  'letterThanks.queued.title': 'Gracias: su carta está en espera',
  'letterThanks.queued.text':
    'Guardamos su carta y la enviaremos a sus legisladores en menos de una hora (nuestro servicio de correo está ' +
    'ocupado en este momento). Recibirá una copia cuando salga.',
  'letterThanks.failed.title': 'No pudimos entregar su carta',
  'letterThanks.failed.text':
    'Su carta está guardada, pero no se pudo entregar a todas las oficinas. Nuestro equipo ve cada carta que no se ' +
    'entregó. También puede llamar a sus legisladores: sus números de teléfono están en sus páginas.',
  'letterThanks.awaiting-confirmation.title': 'Revise su correo',
  'letterThanks.awaiting-confirmation.text':
    'Le enviamos un enlace para confirmar su dirección de correo. Su carta sale en cuanto la confirme.',
  'letterThanks.already-sent.title': 'Usted ya escribió en esta campaña',
  'letterThanks.already-sent.text':
    'Ya habíamos recibido una carta desde su dirección de correo para esta campaña, así que no enviamos otra.',

  'thankYou.title': 'Dé las gracias: {campaign}',
  'thankYou.heading': 'Dé las gracias',
  'thankYou.description':
    'En la etapa «{stage}», la partida {lineItem} recibió {amount}. Agradézcaselo a sus propios legisladores.',
  'thankYou.lede':
    'En la etapa «{stage}» del presupuesto {fiscalYear}, la partida {lineItem} recibió {amount}. Agradézcaselo a ' +
    'sus propios legisladores.',
  'thankYou.formTitle': 'Su carta de agradecimiento',

  'signupStatus.check-email.title': 'Revise su correo',
  'signupStatus.check-email.text':
    'Le enviamos un enlace para confirmar sus alertas del presupuesto. No le enviamos nada más hasta que confirme. ' +
    'Si no llega en unos minutos, busque en su carpeta de correo no deseado. Una inscripción sin confirmar se ' +
    'borra a los 7 días.',
  'signupStatus.confirmed.title': 'Ya está inscrito en las alertas del presupuesto',
  'signupStatus.confirmed.text':
    'Gracias. Le escribiremos cuando la partida {lineItem} avance en el presupuesto estatal. Cada correo trae un ' +
    'enlace para darse de baja.',
  'signupStatus.unsubscribed.title': 'Se dio de baja',
  'signupStatus.unsubscribed.text':
    'Borramos su inscripción: no recibirá más alertas del presupuesto por correo. Puede seguir las alertas en este ' +
    'sitio y en su canal RSS.',
  'signupStatus.alerts': 'Alertas del presupuesto',
  'signupStatus.budget': 'Cómo va el presupuesto ahora',

  'championThanks.sent.title': 'Gracias: su agradecimiento va en camino',
  'championThanks.sent.text':
    'Enviamos su agradecimiento por correo al legislador, con su dirección de correo para que le responda.',
  'championThanks.queued.title': 'Gracias: guardamos su agradecimiento',
  'championThanks.queued.text':
    'Guardamos su agradecimiento, pero nuestro servicio de correo está ocupado en este momento. Envíe el formulario ' +
    'otra vez más tarde: no se enviará dos veces.',
  'championThanks.failed.title': 'No pudimos entregar su agradecimiento',
  'championThanks.failed.text':
    'Su agradecimiento está guardado, pero el servicio de correo lo rechazó. Nuestro equipo puede verlo.',
  'championThanks.already-sent.title': 'Usted ya dio las gracias',
  'championThanks.already-sent.text':
    'Ya habíamos enviado un agradecimiento desde su dirección de correo a este legislador, así que no enviamos otro.',
  'championThanks.champions': 'Defensores de la mentoría',

  'findProblem.check-input.title': 'Díganos dónde vive',
  'findProblem.check-input.text':
    'Necesitamos una dirección con su ciudad, pueblo o código postal, o solo su ciudad o pueblo, su código postal ' +
    '(cinco dígitos) o su distrito electoral (ward) de Boston.',
  'findProblem.unknown-place.title': 'No conocemos ese lugar',
  'findProblem.unknown-place.text':
    'No encontramos esa ciudad, pueblo o código postal en Massachusetts. Revise cómo está escrito, o pruebe con su ' +
    'código postal o su dirección. Los distritos electorales (wards) solo existen en Boston.',
  'findProblem.choose-again.title': 'Esos distritos no coinciden',
  'findProblem.choose-again.text':
    'Los distritos elegidos no corresponden al lugar que indicó, o el distrito de la Cámara y el del Senado no se ' +
    'tocan. Búsquelos de nuevo, por favor.',
  'findProblem.not-found.title': 'No encontramos esa dirección',
  'findProblem.not-found.text':
    'El servicio de direcciones no reconoció esa dirección. Revísela, o elija su ciudad o pueblo, o escriba su ' +
    'código postal.',
  'findProblem.outside-massachusetts.title': 'Ese lugar está fuera de Massachusetts',
  'findProblem.outside-massachusetts.text':
    'Esta herramienta solo encuentra legisladores estatales de Massachusetts. Si vive en Massachusetts, revise la ' +
    'dirección, el pueblo o el código postal.',
  'findProblem.address-service-down.title': 'Ahora no podemos revisar direcciones',
  'findProblem.address-service-down.text':
    'El servicio de direcciones de la Oficina del Censo de EE. UU. no respondió. Elija su ciudad o pueblo o escriba ' +
    'su código postal: muchas veces basta, y si no, le mostraremos los distritos para que elija.',
  'findProblem.places-disagree.title': 'Su dirección y su pueblo no coinciden',
  'findProblem.places-disagree.text':
    'Encontramos esa dirección en otra ciudad o pueblo distinto del que indicó. Revise la calle y el pueblo, o ' +
    'indique solo su ciudad o pueblo: si está dividido, le mostraremos los distritos para que elija.',
  'findProblem.tryAgain': 'Inténtelo de nuevo: ¿dónde vive?',
};
