// The program submission pages in Portuguese (Brazilian, "você"): one value per key of ./en.ts. Part of pt.ts, so a
// draft too.
import type { submitEn } from './en.ts';

export const submitPt: Record<keyof typeof submitEn, string> = {
  'submit.title': 'Cadastre o seu programa de mentoria',
  'submit.description':
    'Peça à {organization} para incluir o seu programa de mentoria para jovens no diretório, ou para corrigi-lo.',
  'submit.crumb': 'Cadastre o seu programa',
  'submit.lede':
    'Você dirige um programa de mentoria para jovens em Massachusetts? Peça para incluirmos o programa, ou para ' +
    'corrigirmos o que está lá. As autoridades veem o diretório nas páginas dos seus distritos, e os voluntários ' +
    'são encaminhados a ele depois de assumir o compromisso.',
  'submit.process':
    'Enviamos por e-mail o que recebemos. A equipe da {organization} confere cada pedido antes de publicá-lo; o ' +
    'cadastro então informa que foi feito a pedido do programa, com a data. O seu e-mail nunca é publicado.',
  'submit.which': 'É um cadastro novo ou uma correção?',
  'submit.new': 'Um cadastro novo',
  'submit.correct': 'Corrigir: {name}',
  'submit.name': 'Nome do programa',
  'submit.organization': 'Organização responsável',
  'submit.towns': 'Cidades onde oferece mentoria',
  'submit.townsHint': 'Separe com ponto e vírgula, como "Lynn; Salem". Deixe em branco se o programa for estadual.',
  'submit.ages': 'Idades ou séries dos jovens',
  'submit.agesHint': 'Por exemplo "8-18" ou "6ª a 8ª série".',
  'submit.languages': 'Idiomas em que a mentoria acontece',
  'submit.languagesHint': 'Separe com vírgulas. Opcional.',
  'submit.website': 'Site',
  'submit.websiteHint': 'Opcional. Começa com https://',
  'submit.email': 'E-mail de contato',
  'submit.emailHint': 'Só para a nossa equipe: nunca é publicado.',
  'submit.kinds': 'Tipos de mentoria',
  'submit.kindsHint': 'Escolha um ou mais.',
  'submit.message': 'Mais alguma coisa',
  'submit.messageHint': 'O que corrigir, onde vocês se encontram, quem pode ser voluntário. Opcional.',
  'submit.consent':
    'Posso falar em nome deste programa. A {organization} pode publicar estes dados (não o meu e-mail) e entrar em ' +
    'contato comigo sobre eles.',
  'submit.send': 'Enviar pedido',
  'submit.thanks': 'Obrigado: recebemos o seu pedido',
  'submit.thanksText':
    'Enviamos por e-mail o que recebemos. A nossa equipe confere cada pedido antes de ele aparecer no diretório.',
  'submit.receivedTitle': 'Pedido recebido',
  'submit.receivedText':
    'Enviamos por e-mail o que recebemos. A equipe da {organization} confere cada pedido antes de ele aparecer no ' +
    'diretório.',
  'submit.twice':
    'Enviou duas vezes? O mesmo programa a partir do mesmo e-mail é um só pedido: as respostas mais recentes ' +
    'substituem as anteriores.',
  'submit.back': 'Voltar aos programas de mentoria',
  'form.problem': 'Há um problema',
  'js.submit.offline': 'Não conseguimos falar com o servidor. Verifique a sua conexão e tente de novo.',
};
