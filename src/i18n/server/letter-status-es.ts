// The letter status page in Spanish ("usted"); part of es.ts, so a draft too.
import type { letterStatusEn } from './letter-status-en.ts';

type Words<T> = { [K in keyof T]: T[K] extends string ? string : Words<T[K]> };

export const letterStatusEs: Words<typeof letterStatusEn> = {
  title: 'Dónde está su carta',
  lede: 'Su carta de la campaña {campaign}, enviada el {date}.',
  states: {
    on_its_way: {
      label: 'En camino',
      explain: 'La estamos enviando, o su servidor de correo todavía no ha confirmado que la recibió.',
    },
    delivered: { label: 'Entregada', explain: 'El servidor de correo de su oficina la aceptó.' },
    not_delivered: {
      label: 'No se pudo entregar',
      explain:
        'Su servidor de correo la rechazó, o tuvimos que dejar de intentarlo. Nuestro equipo lo ve y revisará la ' +
        'dirección.',
    },
  },
  checkAgain: 'Volver a comprobar',
  deliveredMeans:
    'Entregada quiere decir que el servidor de correo de su oficina la aceptó; si la leen o no, depende de ellos.',
  notFoundTitle: 'Aquí no hay ninguna carta',
  notFoundText:
    'No reconocemos este enlace de estado. Use el enlace que viene en la copia de su carta que le enviamos por ' +
    'correo electrónico.',
  seeCampaigns: 'Ver las campañas',
};
