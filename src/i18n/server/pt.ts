/** What the functions say, in Portuguese (Brazilian, neutral, "você"). Same keys and placeholders as en.ts. */
import type { ServerMessages } from '../server.ts';
import { finderPt } from './finder-pt.ts';
import { letterStatusPt } from './letter-status-pt.ts';
import { requestFlowsPt, requestsPt } from './requests-pt.ts';

export const pt: ServerMessages = {
  review: {
    status: 'draft',
    note:
      'Rascunho escrito com o código em 2026-11-30 (redação revista em 2026-12-01); ainda falta a revisão de um ' +
      'falante nativo.',
  },
  page: {
    skipLink: 'Pular para o conteúdo principal',
    backHint: 'Use o botão {back} do navegador para corrigir: o que você escreveu continua lá. Ou {startAgain}.',
    back: 'Voltar',
    startAgain: 'comece de novo',
  },
  fixes: {
    title: 'Algumas respostas precisam de correção',
    intro: 'Corrija estas respostas, por favor:',
    message: 'Algumas respostas precisam de correção.',
  },
  errors: {
    notConfigured: 'Este site ainda não está totalmente pronto. Tente de novo mais tarde.',
    tryLaterTitle: 'Tente de novo mais tarde',
    tryAgainSoonTitle: 'Tente de novo em alguns minutos',
  },
  chambers: { house: 'da Câmara', senate: 'do Senado' },
  titles: { house: 'Deputado(a) estadual', senate: 'Senador(a) estadual' },
  flows: {
    letters: {
      fixes: {
        title: 'A sua carta precisa de algumas correções',
        intro: 'Ainda não conseguimos enviar a sua carta:',
        message: 'A sua carta precisa de algumas correções.',
      },
      labels: {
        name: 'Seu nome',
        email: 'Seu e-mail',
        message: 'Sua carta',
        story: 'Sua história',
        address: 'Seu endereço',
        street: 'Endereço',
        town: 'Cidade',
        zip: 'CEP (ZIP code)',
        location: 'Onde você mora',
        campaign: 'Campanha',
        kind: 'Carta',
        website: 'Site',
      },
      noCampaign: 'Não existe nenhuma campanha de cartas com esse nome.',
      noThankYouTitle: 'Agora não é hora de uma carta de agradecimento',
      noThankYou:
        'Nesta etapa do orçamento não cabe uma carta de agradecimento. Você ainda pode escrever para pedir a ' +
        'verba desta rubrica.',
      unexpected: 'Algo deu errado do nosso lado. Tente de novo em um minuto: a sua carta não será enviada duas vezes.',
      rateLimited: 'Recebemos cartas demais da sua conexão por enquanto. Tente de novo mais tarde.',
      confirmEmailFailed:
        'Guardamos a sua carta, mas agora não conseguimos enviar o link de confirmação para o seu e-mail. Envie' +
        ' o formulário de novo em alguns minutos: a sua carta não será enviada duas vezes.',
      noRecipientsTitle: 'Não há para quem enviar esta carta',
      vacantSeat: 'a cadeira {chamber} do distrito {district}',
      vacant: '{seats} está vaga, então por enquanto não há legislador para receber esta carta.',
      noOne: 'Não há para quem escrever, então por enquanto não há legislador para receber esta carta.',
      and: ' e ',
    },
    pledges: {
      fixes: {
        title: 'O seu compromisso precisa de algumas correções',
        intro: 'Ainda não conseguimos registrar o seu compromisso:',
        message: 'O seu compromisso precisa de algumas correções.',
      },
      labels: {
        name: 'Seu nome',
        email: 'Seu e-mail',
        street: 'Endereço',
        town: 'Cidade',
        zip: 'CEP (ZIP code)',
        location: 'Onde você mora',
        types: 'Tipos de mentoria',
        ages: 'Idades',
        languages: 'Idiomas',
        consent: 'Sua autorização',
        campaign: 'Campanha',
        website: 'Site',
      },
      noCampaign: 'Não existe nenhuma campanha de compromisso com esse nome.',
      submit: 'Quero ser mentor',
      unexpected:
        'Algo deu errado do nosso lado. Tente de novo em um minuto: o seu compromisso não será registrado duas vezes.',
      rateLimited: 'Recebemos compromissos demais da sua conexão por enquanto. Tente de novo mais tarde.',
    },
    alertSignups: {
      fixes: {
        title: 'A sua inscrição precisa de uma correção',
        intro: 'Ainda não conseguimos inscrever você:',
        message: 'A sua inscrição precisa de uma correção.',
      },
      labels: {
        email: 'Seu e-mail',
        name: 'Seu nome',
        place: 'Sua cidade, CEP ou endereço',
        consent: 'Autorização',
        website: 'Site',
      },
      rateLimited: 'Recebemos inscrições demais da sua conexão por enquanto. Tente de novo mais tarde.',
      emailFailed:
        'Guardamos a sua inscrição, mas agora não conseguimos enviar o link de confirmação para o seu e-mail. ' +
        'Envie o formulário de novo em alguns minutos.',
    },
    calls: {
      fixes: {
        title: 'Não conseguimos contar a sua ligação',
        intro: 'Faltaram alguns dados:',
        message: 'Faltaram alguns dados.',
      },
      labels: { campaign: 'Campanha', legislator: 'Legislador', outcome: 'Como foi a ligação', town: 'Cidade' },
      noCampaign: 'Não há nenhuma campanha de ligações com esse nome.',
      notCampaign: 'não é uma campanha com ligações',
      noLegislator: 'Não há nenhum legislador em exercício com esse nome.',
      notSitting: 'não é um legislador em exercício',
      notYours: 'Esta campanha pede que você ligue só para os seus próprios legisladores.',
      notYourLegislator: 'não é um dos seus legisladores nesta campanha',
      rateLimited: 'Contamos ligações demais da sua conexão nesta hora. Tente de novo mais tarde.',
    },
    ...requestFlowsPt,
  },
  finder: finderPt,
  requests: requestsPt,
  programsFind: {
    title: 'Não oferecemos esses filtros',
    message: 'Alguns filtros não estão entre os que o diretório oferece.',
    showAll: 'Ver todos os programas de mentoria',
    labels: { town: 'Cidade', district: 'Distrito', type: 'Tipo de mentoria', ages: 'Idades' },
  },
  chooseDistrict: {
    title: 'Em qual distrito você mora?',
    street: 'Seu endereço',
    streetHint: 'Por exemplo, 24 Beacon St. Usamos só para encontrar o seu distrito.',
    orChoose: 'Ou, se você souber, escolha o seu distrito:',
    legend: 'Seu distrito {chamber}',
    sendLetter: 'Enviar minha carta',
    notFoundTitle: 'Não conseguimos encontrar o seu distrito',
  },
  callSheet: {
    title: 'Ligue para os seus legisladores: {campaign}',
    heading: 'Ligue para os seus legisladores',
    home: 'Início',
    lede:
      '{campaign}: os seus próprios legisladores do distrito {house} da Câmara e do distrito {senate} do ' +
      'Senado. Uma ligação leva dois minutos: diga o roteiro abaixo do seu jeito.',
    hours: 'Horário:',
    scriptNote: 'O roteiro está em inglês.',
    stageNote:
      'A rubrica está agora com o {committee}{chair}. Você continua ligando para os seus próprios ' +
      'legisladores: o roteiro pede que eles insistam com quem preside o comitê para que a financie.',
    chairedBy: ', presidido por {chair}',
    thanksTitle: 'Obrigado por ligar.',
    alreadyTitle: 'Já foi contada.',
    thanks: 'A sua ligação para {legislator} foi contada: {outcome}. Guardamos só a contagem, nada sobre você.',
    already: 'Contamos uma ligação para {legislator} por pessoa nesta campanha.',
    vacantTitle: 'A cadeira {chamber} do distrito {district} está vaga',
    vacantText: 'Não há {role} para quem ligar pelo seu distrito até a cadeira ser ocupada.',
    roles: { house: 'deputado(a) estadual', senate: 'senador(a) estadual' },
    yourRole: 'O seu {role}, distrito {district}.',
    about: 'Sobre {name}',
    stateHouseOffice: 'Gabinete no State House',
    districtOffice: 'Escritório no distrito',
    callLabel: 'Ligar para {whose}: {number}',
    whoseStateHouse: 'o gabinete de {legislator} no State House',
    whoseDistrict: 'o escritório de {legislator} no distrito',
    noPhone: 'Não temos o telefone deste gabinete.',
    otherWays: 'Outras formas de falar com {name}',
    whatToSay: 'O que dizer',
    howDidItGo: 'Depois de ligar para {legislator}: como foi?',
    counted: 'Contada: {outcome}. Obrigado.',
    countedAlready: 'A sua ligação para este gabinete já foi contada: contamos uma por pessoa.',
    outcomes: {
      talked_to_staff: { button: 'Falei com a equipe', done: 'você falou com a equipe' },
      left_voicemail: { button: 'Deixei recado na caixa postal', done: 'você deixou recado na caixa postal' },
      no_answer: { button: 'Ocupado ou ninguém atendeu', done: 'a linha estava ocupada ou ninguém atendeu' },
    },
    whatNext: 'E agora?',
    writeToo: 'Escreva para eles também',
    writeTooAfter: ': uma carta com as suas palavras, {campaign}.',
    pledge: 'Comprometa-se a ser mentor',
    pledgeAfter: ' de um jovem: {campaign}.',
    alerts: 'Receba alertas do orçamento por e-mail',
    alertsAfter: ', para saber quando a próxima ligação faz diferença.',
    askFriend: 'Convide alguém a ligar também',
    shareText: 'Liguei para meus legisladores por {campaign}. Leva dois minutos: você liga para os seus?',
    shareSubject: 'Ligue para os seus legisladores: {campaign}',
    backTo: 'Voltar para {campaign}',
    noSuchCall: 'Essa ligação não existe',
    noSuchCallText: 'Não existe nenhuma campanha com ligações com esse nome.',
    allCampaigns: 'Todas as campanhas',
    whereFirst: 'Diga onde você mora, para encontrarmos os seus próprios legisladores.',
    showWho: 'Ver para quem ligar',
  },
  pledgeStatus: {
    'check-email': {
      title: 'Obrigado! Agora confira o seu e-mail',
      text:
        'Enviamos um link para você confirmar o seu compromisso. Ele passa a contar assim que você confirmar; o' +
        ' link vale por uma semana.',
    },
    'email-delayed': {
      title: 'Obrigado! O seu e-mail de confirmação está a caminho',
      text:
        'Guardamos o seu compromisso. O nosso serviço de e-mail está lento agora, então o link para confirmar ' +
        'pode levar alguns minutos para chegar; vamos tentando até ele sair. Ele passa a contar assim que ' +
        'você confirmar.',
    },
    'already-emailed': {
      title: 'Confira o seu e-mail',
      text:
        'Você assumiu o compromisso há poucos minutos e já enviamos o link para confirmar, então não mandamos' +
        ' outro. Se ele não estiver na caixa de entrada, procure na pasta de spam, ou tente de novo daqui a ' +
        'dez minutos.',
    },
    'already-pledged': {
      title: 'Você já assumiu este compromisso',
      text: 'Você já se comprometeu a ser mentor nesta campanha e confirmou, então ele conta uma vez só. Obrigado!',
    },
    confirmed: {
      title: 'Obrigado! O seu compromisso está confirmado',
      text:
        'O seu compromisso conta, sem o seu nome, nos seus distritos da Câmara e do Senado. O e-mail que ' +
        'enviamos tem um link para retirá-lo quando quiser.',
    },
  },
  letterStatus: letterStatusPt,
  pledgeThanks: {
    where: {
      house: 'no seu distrito da Câmara',
      senate: 'no seu distrito do Senado',
      town: 'na sua cidade',
      near: 'perto de você',
      statewide: 'em todo o estado',
    },
    lessThanMile: 'a menos de uma milha',
    miles: 'a {n} milhas',
    acrossMassachusetts: 'em todo o Massachusetts',
    notChosen: '; não é o que você escolheu, mas é o mais perto que temos',
    houseDistrict: 'o distrito {district} da Câmara',
    senateDistrict: 'o distrito {district} do Senado',
    yourArea: 'a sua região',
    noPrograms: 'O nosso diretório ainda não tem nenhum programa de mentoria em {places}.',
    nextStep: 'Próximo passo: programas de mentoria perto de você',
    nearestFirst: 'Programas que combinam com o que você escolheu, primeiro os mais perto de {places}:',
    browse: 'Veja todo o diretório de programas de mentoria',
    browseAfter: ' por cidade, tipo e idades.',
    askFriend: 'Convide alguém a assumir o compromisso também',
    counted: 'Cada compromisso confirmado aparece no {map}, nos distritos de quem o assumiu.',
    map: 'mapa de compromissos',
    backTo: 'Voltar para {campaign}',
    shareText: 'Eu me comprometi a ser mentor de um jovem: {campaign}. E você?',
    shareSubject: 'Você quer ser mentor de um jovem? {campaign}',
    share: {
      email: 'Enviar por e-mail a alguém',
      text: 'Enviar um SMS',
      whatsapp: 'Compartilhar no WhatsApp',
      x: 'Postar no X',
      facebook: 'Compartilhar no Facebook',
    },
  },
  links: {
    deadTitle: 'Este link não funciona',
    expired: 'Este link de confirmação expirou (os links valem por uma semana).',
    startAgain: {
      letter: 'Veja as nossas campanhas para escrever a sua carta de novo.',
      pledge: 'Veja as nossas campanhas para assumir o compromisso de novo.',
      alerts: 'Inscreva-se de novo nos alertas do orçamento, ou acompanhe a página de alertas e o feed RSS.',
    },
    letter: {
      invalid: 'Este link de confirmação não é válido.',
      after: 'Escreva a sua carta de novo, por favor.',
      incomplete:
        'O link de confirmação está incompleto. Copie o link inteiro do e-mail, ou escreva a sua carta de novo.',
      title: 'Confirme a sua carta',
      lede: 'Com um clique enviamos a sua carta aos seus legisladores.',
      button: 'Confirmar e enviar minha carta',
    },
    pledge: {
      invalid: 'Este link de confirmação não é válido, ou o compromisso foi retirado.',
      after: 'Você pode assumir o compromisso de novo quando quiser.',
      incomplete: 'O link de confirmação está incompleto. Copie o link inteiro do e-mail.',
      title: 'Confirme o seu compromisso',
      heading: 'Confirme o seu compromisso de ser mentor',
      lede:
        'Com um clique, o seu compromisso passa a contar, sem o seu nome, nos seus distritos da Câmara e do ' +
        'Senado.',
      button: 'Confirmar meu compromisso',
    },
    withdraw: {
      gone:
        'Este compromisso já foi retirado (ou o link nunca foi confirmado e expirou): não guardamos nada ' +
        'sobre ele.',
      incomplete: 'O link para retirar o compromisso está incompleto. Copie o link inteiro do e-mail.',
      title: 'Retire o seu compromisso',
      heading: 'Retire o seu compromisso de ser mentor',
      lede:
        'Isto apaga o seu compromisso e tudo o que guardamos com ele: o seu nome, e-mail, cidade, distritos e ' +
        'interesses. Ele deixa de contar.',
      button: 'Retirar meu compromisso e apagar meus dados',
      doneTitle: 'O seu compromisso foi retirado',
      doneText: 'Apagamos o seu compromisso e os seus dados, e ele não conta mais. Obrigado por pensar em ser mentor.',
      back: 'Voltar para a campanha',
    },
    alerts: {
      invalid: 'Este link de confirmação não é válido: pode ser de um e-mail antigo, ou a inscrição foi removida.',
      after: 'Inscreva-se de novo, por favor.',
      incomplete: 'O link de confirmação está incompleto. Copie o link inteiro do e-mail.',
      title: 'Confirme os seus alertas do orçamento',
      lede: 'Com um clique você recebe um e-mail sempre que o orçamento andar.',
      button: 'Confirmar meus alertas do orçamento',
    },
    unsubscribe: {
      invalid: 'Este link para cancelar a inscrição não é válido.',
      invalidPage: 'Este link para cancelar a inscrição não é válido. Copie o link inteiro do e-mail.',
      incomplete: 'O link para cancelar a inscrição está incompleto. Copie o link inteiro do e-mail.',
      title: 'Cancelar a inscrição nos alertas do orçamento',
      lede: 'Clique no botão e apagamos a sua inscrição: você não recebe mais e-mails com alertas do orçamento.',
      button: 'Cancelar a inscrição',
    },
    thanksNeedsLink: 'Esta página precisa do link para onde o nosso formulário leva você.',
  },
  email: {
    hello: 'Olá, {name},',
    helloNoName: 'Olá,',
    alertFooter:
      'Você recebe este e-mail porque este endereço foi inscrito nos alertas do orçamento em {page}. Cancelar' +
      ' a inscrição: {link}',
    alertFooterHtml:
      'Você recebe este e-mail porque este endereço foi inscrito nos alertas do orçamento. {unsubscribe}.',
    unsubscribe: 'Cancelar a inscrição',
    alert: {
      yourRepresentative: 'Quem representa você na Câmara estadual é {name} ({district}).',
      yourSenator: 'Quem representa você no Senado estadual é {name} ({district}).',
      vacantSeat: 'A cadeira {chamber} do distrito {district} está vaga.',
      readAlert: 'Ler o alerta',
      writeNow: 'Escreva para eles agora',
      findAndWrite: 'Encontre os seus legisladores e escreva para eles',
      readWhole: 'Ler o alerta completo',
      footer: 'Você recebe este e-mail porque este endereço foi inscrito nos alertas do orçamento em {page}.',
      englishOnly: 'Por enquanto, este alerta está só em inglês.',
    },
    pledgeConfirm: {
      subject: 'Confirme o seu compromisso de ser mentor',
      thanks:
        'Obrigado por se comprometer a ser mentor ({campaign}). Confirme o seu compromisso, por favor: ele só ' +
        'conta depois que você confirmar.',
      confirmLink: 'Confirmar meu compromisso',
      until:
        'O link vale até {date}. Se você não confirmar, o seu compromisso e os seus dados serão apagados nessa data.',
      changedMind: 'Mudou de ideia? Retire o seu compromisso e apague os seus dados quando quiser, com este link:',
      changedMindHtml: 'Mudou de ideia? {link}, quando quiser.',
      withdrawLink: 'Retirar meu compromisso e apagar meus dados',
      notYou: 'Se não foi você, ignore este e-mail: nada é contado e o seu endereço é apagado em até uma semana.',
    },
    letterConfirm: {
      subject: 'Confirme a sua carta aos seus legisladores',
      ask: 'Confirme o seu endereço de e-mail, por favor, para podermos enviar a sua carta a {names}:',
      button: 'Confirmar e enviar minha carta',
      notYou: 'Se não foi você quem escreveu esta carta, ignore este e-mail: nada será enviado.',
    },
    senderCopy: {
      subject: 'Sua carta: {subject}',
      intro:
        'Obrigado por escrever a {names}. Aqui está uma cópia do que enviamos em seu nome. As respostas dos ' +
        'gabinetes chegam direto para você.',
      subjectLine: 'Assunto:',
      to: 'Para {name}:',
      campaign: 'Campanha:',
      follow: 'Onde está a sua carta (a caminho, depois entregue):',
      englishNote: 'A sua carta chegou aos gabinetes em inglês, como está abaixo.',
    },
    alertConfirm: {
      subject: 'Confirme os seus alertas do orçamento',
      ask:
        'Confirme, por favor, que você quer receber alertas do orçamento sobre a rubrica 7061-9634, Mentoring' +
        ' Matching Grants. O link abre uma página com um botão: nada é confirmado até você clicar nele.',
      notYou:
        'Se não foi você quem se inscreveu, ignore este e-mail: uma inscrição não confirmada é apagada após 7 dias.',
      button: 'Confirmar meus alertas do orçamento',
    },
    alertAlready: {
      subject: 'Você já recebe os nossos alertas do orçamento',
      text:
        'Alguém (provavelmente você) pediu para inscrever este endereço nos alertas do orçamento sobre a ' +
        'rubrica 7061-9634. Ele já está inscrito, então nada mudou.',
    },
    alertWelcome: {
      subject: 'Você está inscrito nos alertas do orçamento',
      text:
        'Obrigado. Vamos escrever para você quando a rubrica 7061-9634, Mentoring Matching Grants, avançar no' +
        ' orçamento do estado e quando os seus legisladores precisarem ouvir você.',
    },
  },
  validation: {
    fillIn: 'Preencha este campo',
    unreadable: 'Não conseguimos ler esta resposta nesse formato',
    atLeastChars: 'Use pelo menos {n} caracteres',
    atMostChars: 'Use no máximo {n} caracteres',
    chooseAtLeastOne: 'Escolha pelo menos uma opção',
    emailLike: 'Digite um e-mail como nome@exemplo.com',
    emailLikeOrg: 'Digite um e-mail como nome@exemplo.org',
    chooseOption: 'Escolha uma das opções',
    enterName: 'Digite o seu nome',
    nameTooLong: 'Use no máximo 100 caracteres para o seu nome',
    nameOneLine: 'O seu nome precisa estar em uma linha só',
    nameNoBrackets: 'O seu nome não pode ter < nem >',
    enterEmail: 'Digite o seu e-mail',
    emailTooLong: 'Esse e-mail é longo demais',
    writeLetter: 'Escreva a sua carta',
    letterMin: 'A sua carta precisa de pelo menos {n} caracteres',
    letterMax: 'A sua carta pode ter no máximo {n} caracteres',
    letterChars: 'A sua carta tem caracteres que não conseguimos enviar',
    writeStory: 'Escreva a sua história',
    storyMax: 'A sua história pode ter no máximo {n} caracteres',
    storyChars: 'A sua história tem caracteres que não conseguimos enviar',
    leaveWebsite: 'Deixe o campo "Site" vazio',
    chooseKinds: 'Escolha tipos de mentoria da lista',
    chooseAges: 'Escolha idades da lista',
    languagesWords: 'Escreva os idiomas como palavras, separadas por vírgulas',
    languageWord: 'Escreva cada idioma como uma palavra de no máximo 40 letras, separadas por vírgulas',
    languagesMax: 'Escreva no máximo 10 idiomas',
    pledgeConsent: 'Marque a caixa para concordar que guardemos o seu compromisso',
    alertsConsent: 'Marque a caixa para concordar em receber e-mails com alertas do orçamento',
    placeShort: 'Use menos de 160 caracteres',
    placeOneLine: 'Escreva em uma linha só',
    linkInvalid: 'Este link não é válido',
    confirmLinkInvalid: 'Este link de confirmação não é válido',
    tooLong: 'é longo demais',
    slug: 'não é um nome de campanha válido',
    districtId: 'não é um distrito válido',
    atMostN: 'pode ter no máximo {n} caracteres',
    number: 'precisa ser um número',
    numberRange: 'precisa ser um número de {min} a {max}',
    zip: 'precisa ser um CEP (ZIP code) de 5 dígitos',
    bothCoordinates: 'informe a latitude e a longitude',
    streetTown: 'acrescente a cidade, ou o CEP, do seu endereço',
    someLocation: 'digite o seu endereço, ou a sua cidade ou CEP',
    enterTown: 'Digite a sua cidade',
    townTooLong: 'Use no máximo 80 caracteres para a sua cidade',
    townOneLine: 'A sua cidade precisa estar em uma linha só',
    townNoBrackets: 'A sua cidade não pode ter < nem >',
    notCampaign: 'não é uma campanha com ligações',
    keepUnder: 'Use menos de {n} caracteres',
    listAsWords: 'Escreva como palavras',
    keepEachUnder: 'Use menos de {n} caracteres em cada um',
    townsMax: 'Liste no máximo {n} cidades, ou nenhuma se o programa atende o estado todo',
    notTown: '"{town}" não é uma cidade de Massachusetts',
    programName: 'Digite o nome do programa',
    organizationRuns: 'Digite a organização que o administra',
    chooseKind: 'Escolha pelo menos um tipo de mentoria',
    chooseFromList: 'Escolha da lista',
    agesGrades: 'Digite as idades ou séries que vocês atendem, como 8-18 ou 6ª a 8ª série',
    webAddress: 'Digite um endereço da web que comece com https://',
    keepShort: 'Escreva de forma mais curta',
    contactEmail: 'Digite um e-mail de contato',
    listConsent: 'Marque a caixa para concordar que incluamos o programa e possamos entrar em contato',
    oneLineNoSpecial: 'Escreva em uma só linha, sem caracteres especiais',
    yourSchool: 'Digite a sua escola ou organização',
    yourRole: 'Digite a sua função, por exemplo professor, diretor de escola ou coordenador de programa',
    townFromList: 'Digite uma cidade de Massachusetts da lista',
    chooseHelp: 'Escolha pelo menos um tipo de ajuda',
    messageUnder: 'A sua mensagem deve ter menos de {n} caracteres',
    contactConsent: 'Marque a caixa para podermos entrar em contato sobre este pedido',
    whatHelp: 'Diga que ajuda você precisa',
    townFromFilter: 'deve ser uma cidade da lista',
    districtFromFilter: 'deve ser um distrito da lista',
    typeFromFilter: 'deve ser um tipo de mentoria da lista',
    agesFromFilter: 'deve ser uma faixa etária da lista',
  },
  generic: {
    fillIn: 'Preencha este campo',
    unreadable: 'Não conseguimos ler esta resposta nesse formato',
    tooShort: 'Esta resposta é curta demais',
    tooLong: 'Esta resposta é longa demais',
    chooseOption: 'Escolha uma das opções',
    fix: 'Confira esta resposta',
  },
};
