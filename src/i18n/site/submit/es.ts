// The program submission pages in Spanish ("usted"): one value per key of ./en.ts. Part of es.ts, so a draft too.
import type { submitEn } from './en.ts';

export const submitEs: Record<keyof typeof submitEn, string> = {
  'submit.title': 'Inscriba su programa de mentoría',
  'submit.description':
    'Pida a {organization} que incluya su programa de mentoría para jóvenes en el directorio, o que lo corrija.',
  'submit.crumb': 'Inscriba su programa',
  'submit.lede':
    '¿Dirige un programa de mentoría para jóvenes en Massachusetts? Pídanos que lo incluyamos, o que corrijamos lo ' +
    'que dice. Los funcionarios ven el directorio en las páginas de sus distritos, y enviamos a él a los voluntarios ' +
    'después de que se comprometen.',
  'submit.process':
    'Le enviamos por correo lo que recibimos. El equipo de {organization} revisa cada solicitud antes de publicarla; ' +
    'la ficha dice entonces que se hizo a pedido del programa, con la fecha. Nunca publicamos su correo electrónico.',
  'submit.which': '¿Es una ficha nueva o una corrección?',
  'submit.new': 'Una ficha nueva',
  'submit.correct': 'Corregir: {name}',
  'submit.name': 'Nombre del programa',
  'submit.organization': 'Organización que lo dirige',
  'submit.towns': 'Ciudades y pueblos donde ofrece mentoría',
  'submit.townsHint':
    'Sepárelos con punto y coma, como "Lynn; Salem". Déjelo vacío si el programa es de todo el estado.',
  'submit.ages': 'Edades o grados de los jóvenes',
  'submit.agesHint': 'Por ejemplo "8-18" o "grados 6-8".',
  'submit.languages': 'Idiomas en que se da la mentoría',
  'submit.languagesHint': 'Sepárelos con comas. Opcional.',
  'submit.website': 'Sitio web',
  'submit.websiteHint': 'Opcional. Empieza con https://',
  'submit.email': 'Correo electrónico de contacto',
  'submit.emailHint': 'Solo para nuestro equipo: nunca se publica.',
  'submit.kinds': 'Tipos de mentoría',
  'submit.kindsHint': 'Elija uno o más.',
  'submit.message': 'Algo más',
  'submit.messageHint': 'Qué corregir, dónde se reúnen, quién puede ser voluntario. Opcional.',
  'submit.consent':
    'Puedo hablar en nombre de este programa. {organization} puede publicar estos datos (no mi correo electrónico) ' +
    'y ponerse en contacto conmigo sobre ellos.',
  'submit.send': 'Enviar solicitud',
  'submit.thanks': 'Gracias: recibimos su solicitud',
  'submit.thanksText':
    'Le enviamos por correo lo que recibimos. Nuestro equipo revisa cada solicitud antes de que aparezca en el ' +
    'directorio.',
  'submit.receivedTitle': 'Solicitud recibida',
  'submit.receivedText':
    'Le enviamos por correo lo que recibimos. El equipo de {organization} revisa cada solicitud antes de que ' +
    'aparezca en el directorio.',
  'submit.twice':
    '¿La envió dos veces? El mismo programa desde el mismo correo es una sola solicitud: las respuestas más ' +
    'recientes reemplazan a las anteriores.',
  'submit.back': 'Volver a los programas de mentoría',
  'form.problem': 'Hay un problema',
  'js.submit.offline': 'No pudimos comunicarnos con el servidor. Revise su conexión e inténtelo de nuevo.',
};
