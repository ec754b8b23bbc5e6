/** What the request forms' functions say, in Portuguese (Brazil, "você"). Same keys as requests-en.ts. */
import type { ServerMessages } from '../server.ts';

type Flows = ServerMessages['flows'];

export const requestFlowsPt: Pick<Flows, 'championThanks' | 'programSubmissions' | 'taRequests'> = {
  championThanks: {
    fixes: {
      title: 'O seu agradecimento precisa de uma correção',
      intro: 'Ainda não conseguimos enviar o seu agradecimento:',
      message: 'O seu agradecimento precisa de uma correção.',
    },
    labels: {
      champion: 'Legislador',
      name: 'Seu nome',
      email: 'Seu e-mail',
      town: 'Sua cidade',
      website: 'Site',
    },
  },
  programSubmissions: {
    fixes: {
      title: 'Algumas respostas precisam de correção',
      intro: 'Ainda não conseguimos enviar o seu pedido. Corrija estas respostas, por favor:',
      message: 'Algumas respostas precisam de correção.',
    },
    labels: {
      name: 'Nome do programa',
      organization: 'Organização',
      program: 'Cadastro a corrigir',
      towns: 'Cidades',
      kinds: 'Tipos de mentoria',
      ages: 'Idades ou séries',
      languages: 'Idiomas',
      website: 'Site',
      email: 'E-mail de contato',
      message: 'Mais alguma coisa',
      consent: 'Autorização',
    },
  },
  taRequests: {
    fixes: {
      title: 'Algumas respostas precisam de correção',
      intro: 'Ainda não conseguimos enviar o seu pedido. Corrija estas respostas, por favor:',
      message: 'Algumas respostas precisam de correção.',
    },
    labels: {
      name: 'Seu nome',
      organization: 'Escola ou organização',
      role: 'Sua função',
      email: 'E-mail',
      town: 'Cidade',
      help: 'Ajuda que você precisa',
      message: 'Mensagem',
      consent: 'Autorização para entrarmos em contato',
    },
  },
};

export const requestsPt: ServerMessages['requests'] = {
  championThanks: {
    noSuchChampionTitle: 'Essa pessoa não está na lista',
    noSuchChampion: 'Esse legislador não está na lista de defensores da mentoria.',
    rateLimited: 'Recebemos agradecimentos demais da sua conexão por enquanto. Tente de novo mais tarde.',
    failed: 'Guardamos o seu agradecimento, mas o serviço de e-mail o recusou. A nossa equipe pode vê-lo.',
    unexpected:
      'Algo deu errado do nosso lado. Tente de novo daqui a um minuto: o seu agradecimento não será enviado ' +
      'duas vezes.',
  },
  stored: {
    notSentTitle: 'O seu pedido não foi enviado',
    notSaved: 'Agora não conseguimos guardar o seu pedido. Tente de novo daqui a alguns minutos.',
    backToForm: 'Voltar ao formulário',
    rateLimited: 'Recebemos pedidos demais da sua conexão por enquanto. Tente de novo mais tarde.',
  },
  programSubmissions: {
    unexpected:
      'Algo deu errado do nosso lado. Tente de novo daqui a um minuto: nunca guardamos o mesmo pedido duas vezes.',
  },
  taRequests: {
    unexpected:
      'Algo deu errado do nosso lado. Tente de novo daqui a um minuto: o seu pedido não será enviado duas vezes.',
  },
  submissionEmail: {
    subject: 'Recebemos o seu pedido: {name}',
    thanks: 'Obrigado: recebemos o seu pedido para incluir {what}.',
    correction: 'uma correção no cadastro de {name}',
    listing: '{name} no diretório',
    program: 'Programa: {value}',
    organization: 'Organização: {value}',
    towns: 'Cidades: {value}',
    statewide: 'todo o estado',
    kinds: 'Tipos de mentoria: {value}',
    kindNames: {
      'school-based': 'na escola',
      'site-based': 'na sede do programa',
      community: 'na comunidade',
      workplace: 'no local de trabalho',
      'e-mentoring': 'on-line',
    },
    ages: 'Idades: {value}',
    languages: 'Idiomas: {value}',
    website: 'Site: {value}',
    notGiven: 'não informado',
    check: 'A nossa equipe confere cada pedido antes de publicá-lo;',
    afterReview: 'depois, o cadastro vai dizer que foi feito a pedido do programa.',
    notYou: 'Se não foi você quem enviou isto, ignore este e-mail: nada é publicado sem a nossa revisão.',
  },
};
