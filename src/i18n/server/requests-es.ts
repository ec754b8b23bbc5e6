/** What the request forms' functions say, in Spanish (United States, "usted"). Same keys as requests-en.ts. */
import type { ServerMessages } from '../server.ts';

type Flows = ServerMessages['flows'];

export const requestFlowsEs: Pick<Flows, 'championThanks' | 'programSubmissions' | 'taRequests'> = {
  championThanks: {
    fixes: {
      title: 'Su agradecimiento necesita una corrección',
      intro: 'Todavía no pudimos enviar su agradecimiento:',
      message: 'Su agradecimiento necesita una corrección.',
    },
    labels: {
      champion: 'Legislador(a)',
      name: 'Su nombre',
      email: 'Su correo electrónico',
      town: 'Su ciudad o pueblo',
      website: 'Sitio web',
    },
  },
  programSubmissions: {
    fixes: {
      title: 'Hay que corregir algunas respuestas',
      intro: 'Todavía no pudimos enviar su solicitud. Corrija estas respuestas, por favor:',
      message: 'Hay que corregir algunas respuestas.',
    },
    labels: {
      name: 'Nombre del programa',
      organization: 'Organización',
      program: 'Ficha que quiere corregir',
      towns: 'Ciudades y pueblos',
      kinds: 'Tipos de mentoría',
      ages: 'Edades o grados',
      languages: 'Idiomas',
      website: 'Sitio web',
      email: 'Correo electrónico de contacto',
      message: 'Algo más',
      consent: 'Autorización',
    },
  },
  taRequests: {
    fixes: {
      title: 'Hay que corregir algunas respuestas',
      intro: 'Todavía no pudimos enviar su solicitud. Corrija estas respuestas, por favor:',
      message: 'Hay que corregir algunas respuestas.',
    },
    labels: {
      name: 'Su nombre',
      organization: 'Escuela u organización',
      role: 'Su cargo',
      email: 'Correo electrónico',
      town: 'Ciudad o pueblo',
      help: 'Ayuda que necesita',
      message: 'Mensaje',
      consent: 'Permiso para contactarle',
    },
  },
};

export const requestsEs: ServerMessages['requests'] = {
  championThanks: {
    noSuchChampionTitle: 'Esa persona no está en la lista',
    noSuchChampion: 'Ese legislador no está en la lista de defensores de la mentoría.',
    rateLimited: 'Recibimos demasiados agradecimientos desde su conexión por ahora. Inténtelo de nuevo más tarde.',
    failed: 'Guardamos su agradecimiento, pero el servicio de correo lo rechazó. Nuestro equipo puede verlo.',
    unexpected:
      'Algo falló de nuestro lado. Inténtelo de nuevo en un minuto: su agradecimiento no se enviará dos veces.',
  },
  stored: {
    notSentTitle: 'Su solicitud no se envió',
    notSaved: 'Ahora mismo no pudimos guardar su solicitud. Inténtelo de nuevo en unos minutos.',
    backToForm: 'Volver al formulario',
    rateLimited: 'Recibimos demasiadas solicitudes desde su conexión por ahora. Inténtelo de nuevo más tarde.',
  },
  programSubmissions: {
    unexpected:
      'Algo falló de nuestro lado. Inténtelo de nuevo en un minuto: nunca guardamos dos veces la misma solicitud.',
  },
  taRequests: {
    unexpected: 'Algo falló de nuestro lado. Inténtelo de nuevo en un minuto: su solicitud no se enviará dos veces.',
  },
  submissionEmail: {
    subject: 'Recibimos su solicitud: {name}',
    thanks: 'Gracias: recibimos su solicitud para incluir {what}.',
    correction: 'una corrección en la ficha de {name}',
    listing: '{name} en el directorio',
    program: 'Programa: {value}',
    organization: 'Organización: {value}',
    towns: 'Ciudades y pueblos: {value}',
    statewide: 'todo el estado',
    kinds: 'Tipos de mentoría: {value}',
    kindNames: {
      'school-based': 'en la escuela',
      'site-based': 'en un local del programa',
      community: 'en la comunidad',
      workplace: 'en el lugar de trabajo',
      'e-mentoring': 'en línea',
    },
    ages: 'Edades: {value}',
    languages: 'Idiomas: {value}',
    website: 'Sitio web: {value}',
    notGiven: 'no indicado',
    check: 'Nuestro equipo revisa cada solicitud antes de publicarla;',
    afterReview: 'después, la ficha dirá que se hizo a pedido del programa.',
    notYou: 'Si usted no envió esto, ignore este correo: no publicamos nada sin revisarlo.',
  },
};
