// The letter status page in Portuguese (Brazilian, "você"); part of pt.ts, so a draft too.
import type { letterStatusEn } from './letter-status-en.ts';

type Words<T> = { [K in keyof T]: T[K] extends string ? string : Words<T[K]> };

export const letterStatusPt: Words<typeof letterStatusEn> = {
  title: 'Onde está a sua carta',
  lede: 'A sua carta da campanha {campaign}, enviada em {date}.',
  states: {
    on_its_way: {
      label: 'A caminho',
      explain: 'Estamos enviando, ou o servidor de e-mail do gabinete ainda não confirmou o recebimento.',
    },
    delivered: { label: 'Entregue', explain: 'O servidor de e-mail do gabinete aceitou a carta.' },
    not_delivered: {
      label: 'Não foi possível entregar',
      explain:
        'O servidor de e-mail do gabinete recusou a carta, ou tivemos que desistir. A nossa equipe vê isso e vai ' +
        'conferir o endereço.',
    },
  },
  checkAgain: 'Verificar de novo',
  deliveredMeans:
    'Entregue quer dizer que o servidor de e-mail do gabinete aceitou a carta; se vão lê-la ou não, depende deles.',
  notFoundTitle: 'Nenhuma carta aqui',
  notFoundText:
    'Não reconhecemos este link de status. Use o link que está na cópia da sua carta que enviamos por e-mail.',
  seeCampaigns: 'Ver as campanhas',
};
