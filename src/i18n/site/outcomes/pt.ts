// The pages people land on after a form without JavaScript, in Portuguese ("você"): one value per key of ./en.ts.
import type { outcomesEn } from './en.ts';

export const outcomesPt: Record<keyof typeof outcomesEn, string> = {
  'letterThanks.back': 'Voltar para a campanha',
  'letterThanks.sent.title': 'Obrigado: a sua carta está a caminho',
  'letterThanks.sent.text':
    'Enviamos a sua carta aos seus legisladores e uma cópia para você. As respostas dos gabinetes chegam direto no ' +
    'seu e-mail.',
  'letterThanks.queued.title': 'Obrigado: a sua carta está na fila',
  'letterThanks.queued.text':
    'Guardamos a sua carta e vamos enviá-la aos seus legisladores em até uma hora (o nosso serviço de e-mail está ' +
    'ocupado agora). Você vai receber uma cópia quando ela sair.',
  'letterThanks.failed.title': 'Não conseguimos entregar a sua carta',
  'letterThanks.failed.text':
    'A sua carta está guardada, mas não foi possível entregá-la a todos os gabinetes. A nossa equipe vê cada carta ' +
    'não entregue. Você também pode ligar para os seus legisladores: os telefones estão nas páginas deles.',
  'letterThanks.awaiting-confirmation.title': 'Confira o seu e-mail',
  'letterThanks.awaiting-confirmation.text':
    'Enviamos um link para você confirmar o seu e-mail. A sua carta sai assim que você confirmar.',
  'letterThanks.already-sent.title': 'Você já escreveu nesta campanha',
  'letterThanks.already-sent.text':
    'Já tínhamos recebido uma carta do seu e-mail para esta campanha, então não enviamos outra.',

  'thankYou.title': 'Agradeça: {campaign}',
  'thankYou.heading': 'Agradeça',
  'thankYou.description':
    'Na etapa “{stage}”, a rubrica {lineItem} recebeu {amount}. Agradeça aos seus próprios legisladores.',
  'thankYou.lede':
    'Na etapa “{stage}” do orçamento {fiscalYear}, a rubrica {lineItem} recebeu {amount}. Agradeça aos seus ' +
    'próprios legisladores por isso.',
  'thankYou.formTitle': 'A sua carta de agradecimento',

  'signupStatus.check-email.title': 'Confira o seu e-mail',
  'signupStatus.check-email.text':
    'Enviamos um link para você confirmar os alertas do orçamento. Não enviamos mais nada até você confirmar. Se ' +
    'não chegar em alguns minutos, olhe na pasta de spam. Uma inscrição não confirmada é apagada depois de 7 dias.',
  'signupStatus.confirmed.title': 'Você está inscrito nos alertas do orçamento',
  'signupStatus.confirmed.text':
    'Obrigado. Vamos avisar você por e-mail quando a rubrica {lineItem} avançar no orçamento estadual. Todo e-mail ' +
    'tem um link para cancelar a inscrição.',
  'signupStatus.unsubscribed.title': 'Inscrição cancelada',
  'signupStatus.unsubscribed.text':
    'Apagamos a sua inscrição: você não vai receber mais alertas do orçamento por e-mail. Você ainda pode ' +
    'acompanhar os alertas neste site e no feed RSS.',
  'signupStatus.alerts': 'Alertas do orçamento',
  'signupStatus.budget': 'Onde o orçamento está agora',

  'championThanks.sent.title': 'Obrigado: o seu agradecimento está a caminho',
  'championThanks.sent.text':
    'Enviamos o seu agradecimento por e-mail ao legislador, com o seu e-mail como endereço de resposta.',
  'championThanks.queued.title': 'Obrigado: guardamos o seu agradecimento',
  'championThanks.queued.text':
    'Guardamos o seu agradecimento, mas o nosso serviço de e-mail está ocupado agora. Envie o formulário de novo ' +
    'mais tarde: ele não será enviado duas vezes.',
  'championThanks.failed.title': 'Não conseguimos entregar o seu agradecimento',
  'championThanks.failed.text':
    'O seu agradecimento está guardado, mas o serviço de e-mail o recusou. A nossa equipe pode vê-lo.',
  'championThanks.already-sent.title': 'Você já agradeceu',
  'championThanks.already-sent.text':
    'Já tínhamos enviado um agradecimento do seu e-mail a este legislador, então não enviamos outro.',
  'championThanks.champions': 'Defensores da mentoria',

  'findProblem.check-input.title': 'Diga onde você mora',
  'findProblem.check-input.text':
    'Precisamos de um endereço com a cidade ou o CEP, ou só a sua cidade, o seu CEP (cinco dígitos) ou a sua zona ' +
    'eleitoral (ward) de Boston.',
  'findProblem.unknown-place.title': 'Não conhecemos esse lugar',
  'findProblem.unknown-place.text':
    'Não encontramos essa cidade ou CEP em Massachusetts. Confira a grafia, ou tente o seu CEP ou o seu endereço. ' +
    'As zonas eleitorais (wards) existem só em Boston.',
  'findProblem.choose-again.title': 'Esses distritos não combinam',
  'findProblem.choose-again.text':
    'Os distritos escolhidos não correspondem ao lugar informado, ou o distrito da Câmara e o do Senado não se ' +
    'encontram. Procure-os de novo, por favor.',
  'findProblem.not-found.title': 'Não encontramos esse endereço',
  'findProblem.not-found.text':
    'O serviço de endereços não reconheceu esse endereço. Confira-o, ou escolha a sua cidade, ou digite o seu CEP.',
  'findProblem.outside-massachusetts.title': 'Esse lugar fica fora de Massachusetts',
  'findProblem.outside-massachusetts.text':
    'Esta ferramenta só encontra legisladores estaduais de Massachusetts. Se você mora em Massachusetts, confira o ' +
    'endereço, a cidade ou o CEP.',
  'findProblem.address-service-down.title': 'Agora não conseguimos verificar endereços',
  'findProblem.address-service-down.text':
    'O serviço de endereços do Census Bureau dos EUA não respondeu. Escolha a sua cidade ou digite o seu CEP: ' +
    'muitas vezes isso basta, e quando não basta mostramos os distritos para você escolher.',
  'findProblem.places-disagree.title': 'O seu endereço e a sua cidade não combinam',
  'findProblem.places-disagree.text':
    'Encontramos esse endereço em outra cidade, não na que você informou. Confira a rua e a cidade, ou informe só ' +
    'a sua cidade: se ela for dividida, mostramos os distritos para você escolher.',
  'findProblem.tryAgain': 'Tente de novo: onde você mora?',
};
