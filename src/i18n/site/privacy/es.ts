// The privacy page in Spanish ("usted"): one value per key of ./en.ts; table rows keep their "|" between cells.
import type { privacyEn } from './en.ts';

export const privacyEs: Record<keyof typeof privacyEn, string> = {
  'privacy.title': 'Sus datos',
  'privacy.description':
    'Qué datos personales guarda este sitio cuando usted escribe a sus legisladores, se compromete a ser mentor o ' +
    'se inscribe en las alertas del presupuesto, por cuánto tiempo y por qué.',
  'privacy.lede':
    'Guardamos lo menos posible sobre usted, por el menor tiempo posible, y nunca lo vendemos ni lo compartimos.',

  'privacy.letters.title': 'Cuando escribe a sus legisladores',
  'privacy.letters.1.label': 'Qué enviamos',
  'privacy.letters.1.text':
    'su carta, con su nombre, la dirección que indicó y su correo, solo a su propio representante y a su propio ' +
    'senador estatal, y una copia a usted. Su correo es la dirección de respuesta, así que sus oficinas le pueden ' +
    'contestar directamente.',
  'privacy.letters.2.label': 'Qué guardamos',
  'privacy.letters.2.text':
    'su carta y sus datos de contacto hasta que se entrega, y después hasta 90 días (para responder preguntas sobre ' +
    'la entrega). Luego el texto de la carta y su dirección se borran automáticamente. Guardamos la fecha, sus ' +
    'distritos y si la carta se entregó, para contar las cartas por distrito.',
  'privacy.letters.3.label': 'Si marca «Pueden escribirme»',
  'privacy.letters.3.text':
    'también guardamos su nombre y su correo para escribirle sobre la campaña. Si no lo marca, su nombre y su correo ' +
    'se borran junto con el texto de la carta.',
  'privacy.letters.4.label': 'Límites contra el abuso',
  'privacy.letters.4.text':
    'contamos las cartas por dirección de correo y por conexión a internet durante un día. Guardamos una huella ' +
    'irreversible (un hash con sal) de la dirección de su conexión, nunca la dirección misma.',
  'privacy.letters.5.label': 'Para encontrar su distrito',
  'privacy.letters.5.text':
    'la dirección que escriba se envía al geocodificador de la Oficina del Censo de EE. UU. para convertirla en un ' +
    'punto del mapa; no se envía nada más sobre usted.',

  'privacy.requests.title': 'Cuando una escuela o un programa pide ayuda',
  'privacy.requests.1.label': 'Qué guardamos',
  'privacy.requests.1.text':
    'la solicitud tal como la envió (su nombre, cargo, organización, correo, pueblo, la ayuda que busca y su ' +
    'mensaje), y se la enviamos por correo a nuestro equipo, con su correo como dirección de respuesta.',
  'privacy.requests.2.label': 'Por cuánto tiempo',
  'privacy.requests.2.text':
    '180 días desde que llegó, una vez que nuestro equipo recibió el correo; después se borra automáticamente. El ' +
    'equipo conserva el correo en su propio buzón para trabajar con usted.',

  'privacy.pledges.title': 'Cuando se compromete a ser mentor',
  'privacy.pledges.1.label': 'Qué guardamos',
  'privacy.pledges.1.text':
    'su nombre, su correo, la ciudad o pueblo y el código postal que indicó, sus distritos de la Cámara y del ' +
    'Senado, y los tipos de mentoría, edades e idiomas que marcó, con las fechas en que se comprometió y confirmó. ' +
    'La dirección que escriba solo sirve para encontrar sus distritos y no se guarda.',
  'privacy.pledges.2.label': 'Por qué',
  'privacy.pledges.2.text':
    'para contar su compromiso, sin su nombre, en sus distritos (los conteos públicos solo muestran números por ' +
    'distrito), y para que el equipo de {organization} pueda ponerle en contacto con programas de mentoría cerca de ' +
    'usted.',
  'privacy.pledges.3.label': 'Por cuánto tiempo',
  'privacy.pledges.3.text':
    'un compromiso que no confirme en 7 días se borra con todos sus datos. Un compromiso confirmado se guarda hasta ' +
    'que usted lo retire.',
  'privacy.pledges.4.label': 'Para retirarlo',
  'privacy.pledges.4.text':
    'el correo que le enviamos trae un enlace para retirar su compromiso cuando quiera. Borra su compromiso y todo ' +
    'lo que guardamos con él, y deja de contarse.',
  'privacy.pledges.5.label': 'Un compromiso por persona',
  'privacy.pledges.5.text':
    'reconocemos un segundo compromiso del mismo correo por una huella irreversible (un hash con sal) de la ' +
    'dirección, nunca guardando la dirección en un índice.',

  'privacy.calls.title': 'Cuando llama a sus legisladores',
  'privacy.calls.1.label': 'Qué guardamos',
  'privacy.calls.1.text':
    'solo un conteo: la campaña, el día, el legislador al que llamó, su distrito y qué botón tocó (habló con el ' +
    'personal, dejó un mensaje de voz, ocupado o no contestaron). Nada sobre usted: ni su nombre, correo, dirección, ' +
    'pueblo o conexión. El lugar que escribió sirve para encontrar a sus legisladores y no se guarda.',
  'privacy.calls.2.label': 'Para contar cada llamada una sola vez',
  'privacy.calls.2.text':
    'para que los toques de una persona cuenten una vez por legislador y campaña, y para limitar cuántas llamadas ' +
    'puede contar una conexión en una hora, guardamos una huella irreversible con clave (un HMAC) de la dirección de ' +
    'su conexión, nunca la dirección. Se borra a los {days} días.',
  'privacy.calls.3.label': 'La llamada en sí',
  'privacy.calls.3.text':
    'es entre usted y la oficina del legislador: nosotros no la hacemos, no la escuchamos ni conocemos su número de ' +
    'teléfono.',

  'privacy.alerts.title': 'Cuando se inscribe en las alertas del presupuesto',
  'privacy.alerts.1.label': 'Qué guardamos',
  'privacy.alerts.1.text':
    'su correo, su nombre si lo da, la frase que aceptó, y cuándo se inscribió y confirmó. Si indica su pueblo, ' +
    'código postal o dirección, buscamos sus distritos de la Cámara y del Senado y guardamos solo eso, nunca el ' +
    'lugar que escribió. Nuestros registros se archivan bajo una huella irreversible (un hash con sal) de su ' +
    'correo, así que si se inscribe dos veces queda un solo registro.',
  'privacy.alerts.2.label': 'Confirmación',
  'privacy.alerts.2.text':
    'primero le enviamos un correo con un enlace para confirmar. Hasta que confirme, no le enviamos nada más. Si no ' +
    'confirma en 7 días, su inscripción se borra automáticamente.',
  'privacy.alerts.3.label': 'Darse de baja',
  'privacy.alerts.3.text':
    'cada correo que enviamos trae un enlace para darse de baja. Abre una página con un botón; al pulsarlo (o el ' +
    'botón «cancelar suscripción» de su programa de correo) su inscripción se borra por completo.',
  'privacy.alerts.4.label': 'Quién la ve',
  'privacy.alerts.4.text':
    'el equipo de {organization} puede exportar la lista de inscripciones confirmadas para enviar las alertas del ' +
    'presupuesto. Nadie más.',
  'privacy.alerts.5.label': 'Los correos de alerta',
  'privacy.alerts.5.text':
    'cada alerta espera en nuestra cola de salida solo hasta que se envía; si no se puede enviar, la guardamos 30 ' +
    'días para que el equipo vea qué falló, y luego la borramos.',
  'privacy.alerts.6.label': 'Rebotes y quejas',
  'privacy.alerts.6.text':
    'si un correo rebota o su dueño marca nuestro correo como spam, dejamos de escribirle. Solo guardamos una huella ' +
    'irreversible (un hash con sal) de esa dirección, para reconocerla, no para leerla.',

  'privacy.champions.title': 'Cuando da las gracias a un defensor de la mentoría',
  'privacy.champions.text':
    'Enviamos su agradecimiento, con su nombre, su pueblo y su correo, solo a ese legislador; su correo es la ' +
    'dirección de respuesta. Lo guardamos hasta 90 días y después lo borramos.',

  'privacy.table.title': 'Cuánto tiempo guardamos cada cosa, de un vistazo',
  'privacy.table.caption': 'Datos personales que guarda este sitio, y cuándo se borran',
  'privacy.table.what': 'Qué',
  'privacy.table.kept': 'Se guarda',
  'privacy.table.then': 'Después',
  'privacy.row.1': 'El texto de una carta, su dirección|90 días|se borra automáticamente (cada día)',
  'privacy.row.2':
    'Su nombre y su correo en una carta|90 días, o hasta que lo pida, si marcó «Pueden escribirme»|se borran con el ' +
    'texto de la carta si no lo marcó',
  'privacy.row.3':
    'Sus distritos, la fecha, si la carta se entregó|para los conteos de la campaña|sin nombre ni dato de contacto',
  'privacy.row.4': 'Un compromiso de mentor sin confirmar|7 días|se borra con todos sus datos',
  'privacy.row.5':
    'Un compromiso de mentor confirmado (nombre, correo, pueblo, distritos, intereses)|hasta que lo retire|el ' +
    'enlace de nuestro correo lo borra en el acto',
  'privacy.row.6':
    'El conteo de una llamada (campaña, día, legislador, distrito, resultado)|para los conteos de la campaña|no ' +
    'contiene nada sobre quien llamó',
  'privacy.row.7':
    'La huella (HMAC) de su conexión que cuenta su llamada una sola vez|{days} días|se borra automáticamente (cada ' +
    'día)',
  'privacy.row.8': 'Una inscripción a las alertas sin confirmar|7 días|se borra automáticamente',
  'privacy.row.9':
    'Una inscripción a las alertas confirmada (correo, nombre si lo dio, distritos si indicó un lugar)|hasta que se ' +
    'dé de baja|el enlace de cada alerta la borra en el acto',
  'privacy.row.10': 'Un correo de alerta que no pudimos enviar|30 días|se borra automáticamente (cada día)',
  'privacy.row.11':
    'La huella de una dirección que rebotó o se quejó|mientras enviemos correos|un hash irreversible con sal: no se ' +
    'envía nada más a esa dirección',
  'privacy.row.12': 'Un agradecimiento a un defensor de la mentoría|90 días|se borra automáticamente',
  'privacy.row.13':
    'Una solicitud de asistencia técnica|180 días, una vez que el equipo la tiene|se borra automáticamente (cada día)',
  'privacy.row.14':
    'Huellas de su correo y su conexión, para los límites contra el abuso|hasta dos días|hashes irreversibles con ' +
    'sal, nunca las direcciones; se borran automáticamente',
  'privacy.table.note':
    'Estos son los plazos con que está configurado este sitio; la organización puede acortarlos (vea el README del ' +
    'proyecto).',

  'privacy.never.title': 'Lo que nunca hacemos',
  'privacy.never.1':
    'Nada de rastreadores publicitarios, scripts de analítica ni cookies de terceros. Los botones para compartir ' +
    'son enlaces simples.',
  'privacy.never.2':
    'Nadie puede usar este sitio para escribir a nadie más que a sus propios legisladores (o a un defensor de la ' +
    'mentoría que nombre la organización): buscamos a los destinatarios en nuestros propios datos públicos.',

  'privacy.questions.title': 'Preguntas o borrado',
  'privacy.questions.text':
    'Para que borremos sus datos antes, o para preguntar qué guardamos, comuníquese con {organization}.',
};
