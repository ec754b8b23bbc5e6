// The site's words in Portuguese (Brazilian, kept neutral, "você"), one value for every English key (en.ts).
import type { ReviewStatus } from '../locales.ts';
import type { SiteMessages } from './en.ts';
import { directoryPt } from './directory/pt.ts';
import { callPt } from './call/pt.ts';
import { mapPt } from './map/pt.ts';
import { submitPt } from './submit/pt.ts';
import { outcomesPt } from './outcomes/pt.ts';
import { privacyPt } from './privacy/pt.ts';

export const review: ReviewStatus = {
  status: 'draft',
  note:
    'Written by the project (2026-11-30; wording revised 2026-12-01), awaiting review by a native Portuguese ' +
    'speaker.',
};

export const pt: SiteMessages = {
  ...outcomesPt,
  ...directoryPt,
  ...mapPt,
  ...callPt,
  ...submitPt,
  ...privacyPt,
  'base.skipLink': 'Ir para o conteúdo principal',
  'header.menu': 'Menu',
  'header.mainNav': 'Principal',
  'header.languages': 'Idioma',
  'nav.takeAction': 'Participe',
  'nav.pledge': 'Compromisso',
  'nav.programs': 'Programas',
  'nav.map': 'Mapa',
  'nav.officials': 'Para autoridades',
  'nav.search': 'Buscar',
  'footer.runBy': 'Um site da {organization}.',
  'footer.privacyLine':
    'As cartas vão só para os seus próprios legisladores estaduais. Guardamos o mínimo possível de dados pessoais.',
  'footer.draftTranslation': 'Esta tradução é um rascunho: ainda não foi revisada por um falante nativo.',
  'footer.act': 'Participe',
  'footer.allCampaigns': 'Todas as campanhas',
  'footer.lineItem': 'Rubrica {lineItem}',
  'footer.champions': 'Defensores da mentoria',
  'footer.pledgeMap': 'Mapa de compromissos',
  'footer.findLegislator': 'Encontrar um legislador',
  'footer.nearYou': 'Mentoria perto de você',
  'footer.programs': 'Programas de mentoria',
  'footer.officials': 'Para autoridades públicas',
  'footer.schools': 'Para escolas',
  'footer.search': 'Buscar no site',
  'footer.openData': 'Dados abertos',
  'footer.dataSources': 'De onde vêm os nossos dados',
  'footer.districts': 'Os 200 distritos',
  'footer.budgetHistory': 'Histórico orçamentário da rubrica {lineItem}',
  'footer.alerts': 'Alertas do orçamento',
  'footer.privacy': 'Seus dados',
  'site.description':
    'Campanhas pela mentoria de jovens em Massachusetts: escreva aos seus legisladores estaduais, assuma o ' +
    'compromisso de ser mentor e encontre os programas de mentoria do seu distrito.',
  notTranslated: 'Esta página ainda não foi traduzida. Aqui está ela em inglês.',
  'dates.range': 'De {starts} a {ends}',
  'dates.from': 'A partir de {starts}',

  'home.title': 'Mantenha a mentoria financiada em Massachusetts',
  'home.lede':
    'A rubrica {lineItem}, {title}, é a única verba estadual dedicada só à mentoria. Peça ao seu próprio deputado ' +
    'e ao seu próprio senador estadual que a financiem no orçamento de {fiscalYear}.',
  'home.now': 'Agora',
  'home.stageNow': 'O orçamento de {fiscalYear} está nesta etapa: {stage}.',
  'home.stageDate': 'Data: {date}.',
  'home.noStageDate': 'Ainda não há data registrada para esta etapa.',
  'home.whereBudgetStands': 'Em que pé está o orçamento',
  'home.writeToLegislators': 'Escreva aos seus legisladores',
  'home.takeActionNow': 'Participe agora',
  'home.proofLabel': 'O que as pessoas já fizeram',
  'home.proofLetters': 'cartas enviadas a legisladores',
  'home.proofPledges': 'pessoas se comprometeram a ser mentoras',
  'home.whatToDo': 'O que você gostaria de fazer?',
  'home.letterCardTitle': 'Escreva aos seus legisladores estaduais',
  'home.letterCardText':
    'Diga ao seu deputado e ao seu senador por que a mentoria é importante. Nós os encontramos pelo seu endereço ' +
    'e enviamos a sua carta por você.',
  'home.letterCardButton': 'Escrever uma carta',
  'home.pledgeCardTitle': 'Seja mentor',
  'home.pledgeCardText':
    'Comprometa-se a ser mentor de um jovem. Colocamos você em contato com programas de mentoria perto de você e ' +
    'contamos o seu compromisso no seu distrito, no {map}.',
  'home.pledgeCardMap': 'mapa de compromissos',
  'home.pledgeCardButton': 'Quero ser mentor',
  'home.officialsCardTitle': 'Para legisladores e autoridades',
  'home.officialsCardText':
    'Veja cada um dos 200 distritos da Câmara e do Senado: suas cidades, seu legislador e o que os eleitores estão ' +
    'fazendo pela mentoria.',
  'home.officialsCardFind': '{find} pelo seu endereço, cidade ou CEP.',
  'home.officialsCardFindLink': 'Encontre os seus próprios legisladores',
  'home.officialsCardButton': 'Encontre o seu distrito',
  'home.campaigns': 'Campanhas',
  'home.allCampaigns': 'Todas as campanhas',

  'campaigns.title': 'Campanhas',
  'campaigns.description': 'Campanhas atuais e futuras pela mentoria de jovens em Massachusetts.',
  'campaigns.lede':
    'Cada campanha pede uma ação clara: uma carta aos seus próprios legisladores, o compromisso de ser mentor ou ' +
    'espalhar a notícia entre os amigos.',
  'campaigns.past': 'Campanhas anteriores',
  'campaign.verb.letter': 'Escreva aos seus legisladores',
  'campaign.verb.pledge': 'Comprometa-se a ser mentor',
  'campaign.verb.call': 'Ligue para os seus legisladores',
  'campaign.verb.share': 'Espalhe a notícia',
  'campaign.button.letter': 'Escrever a sua carta',
  'campaign.status.active': 'Acontecendo agora',
  'campaign.status.upcoming': 'Em breve',
  'campaign.status.ended': 'Encerrada',
  'campaign.ended': '(encerrada)',
  'campaign.breadcrumb': 'Trilha de navegação',
  'campaign.home': 'Início',
  'campaign.facts': 'Dados da campanha',
  'campaign.lineItem': 'Rubrica {lineItem}',
  'campaign.budgetAt': 'O orçamento de {fiscalYear} está nesta etapa: {stage}.',
  'campaign.budgetLink': 'Em que pé está o orçamento e a verba desde o ano fiscal de 2001',
  'campaign.pledgesOnMap': 'Compromissos no mapa',
  'campaign.pledgesOnMapLink': 'Veja os compromissos confirmados desta campanha por distrito da Câmara e do Senado',
  'campaign.share': 'Compartilhar',
  'campaign.takeAction': 'Participe',
  'campaign.endedNotice': 'Esta campanha foi encerrada. Obrigado a todos que participaram.',
  'campaign.talkingPoints': 'Pontos que você pode mencionar',
  'campaign.callButton': 'Ligue para os seus legisladores',

  'stageNow.title': 'Quem decide agora',
  'stageNow.committee': 'A rubrica está com o {committee}, que está preparando o orçamento de {fiscalYear}.',
  'stageNow.committeeChair':
    'A rubrica está com o {committee}, presidido por {chair}, que está preparando o orçamento de {fiscalYear}.',
  'stageNow.committeeLetter':
    'A sua carta continua indo só para os seus próprios legisladores. Ela pede que eles insistam com a presidência ' +
    'e os membros do comitê para financiar a rubrica.',
  'stageNow.committeeMembers': 'Os {count} membros do comitê',
  'stageNow.stage': 'O orçamento de {fiscalYear} está nesta etapa: {stage}.',
  'stageNow.whereItStands': 'Em que pé está',
  'stageNow.thankYouDue': 'É hora de agradecer.',
  'stageNow.funded': 'Na etapa {stage}, a rubrica recebeu {amount}.',
  'stageNow.thankBoth': 'Agradeça ao seu deputado e ao seu senador estadual',
  'stageNow.thankHouse': 'Agradeça ao seu deputado estadual',
  'stageNow.thankSenate': 'Agradeça ao seu senador estadual',
  'title.house': 'Deputado(a)',
  'title.senate': 'Senador(a)',

  'goal.text': 'Meta: {count} {label}',
  'goal.progress': 'Progresso rumo a {count} {label}',
  'goal.countOf': '{count} de {goal} {label}',
  'goal.mine': 'A sua participação já foi contada. Obrigado.',

  'letter.intro':
    'Três passos. A sua carta vai para o seu próprio {recipients}, a partir do endereço da nossa campanha e com o ' +
    'seu e-mail como endereço de resposta, para que o gabinete possa responder diretamente a você. Você recebe ' +
    'uma cópia.',
  'letter.recipients.house': 'deputado estadual',
  'letter.recipients.senate': 'senador estadual',
  'letter.recipients.both': 'deputado estadual e senador estadual',
  'form.fixThese': 'Corrija o seguinte',
  'letter.where': '1. Onde você mora',
  'letter.step2': '2. A sua carta',
  'letter.to':
    'Para o seu próprio {recipients}: acrescentamos “Dear Representative …” ou “Dear Senator …” e assinamos com o ' +
    'seu nome e a sua cidade.',
  'letter.subject': 'Assunto: {subject}',
  'letter.message': 'Carta',
  'letter.messageHint': 'Já vem escrita; edite como quiser.',
  'letter.englishNote':
    'A carta está em inglês porque os gabinetes leem em inglês. Logo abaixo você pode lê-la no seu idioma.',
  'letter.translation': 'Leia a carta no seu idioma',
  'letter.translationNote': 'Esta tradução é para você; os seus legisladores recebem a carta em inglês.',
  'letter.story': 'Por que a mentoria é importante para você',
  'letter.storyHint':
    'Opcional, mas é o que mais conta: uma ou duas frases com as suas próprias palavras. Colocamos logo antes do ' +
    'pedido final.',
  'letter.storyLanguage': 'Você pode escrever em qualquer idioma.',
  'letter.committee':
    'Enquanto a rubrica estiver com o {committee}, acrescentamos este parágrafo antes do seu pedido final:',
  'letter.committeeMember': 'Se o seu legislador fizer parte do comitê, a carta dele diz em vez disso: “{paragraph}”',
  'letter.step3': '3. Enviar',
  'form.name': 'Seu nome',
  'form.email': 'Seu e-mail',
  'letter.emailHint': 'Os legisladores respondem para este endereço. Enviamos a você uma cópia da sua carta.',
  'letter.consent': 'Vocês podem me mandar e-mails sobre esta campanha (opcional).',
  'form.honeypot': 'Site (deixe em branco)',
  'letter.send': 'Enviar minha carta',
  'letter.keep': 'Guardamos a sua carta só pelo tempo necessário para entregá-la e contá-la.',
  'form.privacyLink': 'Como tratamos os seus dados',

  'find.legend': 'Onde você mora?',
  'find.address': 'Seu endereço',
  'find.addressHint':
    'Rua e cidade, como “24 Beacon St, Boston”, ou só a sua cidade. A rua é opcional, mas recomendada: os ' +
    'gabinetes respondem aos eleitores que conseguem confirmar.',
  'find.findButton': 'Encontrar meus legisladores',
  'find.hint':
    'Com o seu endereço encontramos os seus distritos com exatidão. A sua cidade, CEP ou zona eleitoral (ward) de ' +
    'Boston bastam quando ficam num só distrito; se estiverem divididos, pediremos que você escolha.',
  'find.street': 'Endereço',
  'find.streetHint': 'Por exemplo, 24 Beacon Street. Opcional, mas exato.',
  'find.town': 'Cidade',
  'find.zip': 'CEP (ZIP code)',
  'find.ward': 'Zona eleitoral (ward) de Boston',
  'find.wardHint': 'Só em Boston, se você souber. Está no seu registro de eleitor.',
  'find.noWard': 'Fora de Boston, ou não sei',
  'find.wardOption': 'Ward {ward}',
  'find.locate': 'Usar minha localização',
  'find.map': 'Escolher no mapa',

  'findPage.title': 'Encontre os seus legisladores',
  'findPage.description':
    'Encontre o seu deputado e o seu senador estadual de Massachusetts pelo seu endereço, cidade, CEP ou zona ' +
    'eleitoral (ward) de Boston.',
  'findPage.heading': 'Encontre os seus legisladores estaduais',
  'findPage.lede':
    'Todo mundo em Massachusetts tem um deputado estadual e um senador estadual. Diga onde você mora e ' +
    'encontraremos os seus nos mapas oficiais dos distritos.',
  'findPage.how': 'Como encontramos os seus distritos',
  'findPage.howAddress':
    'O serviço gratuito de endereços do Census Bureau dos EUA transforma um endereço em um ponto no mapa. Depois ' +
    'conferimos esse ponto com os limites detalhados dos distritos publicados pelo MassGIS.',
  'findPage.howPlace':
    'Uma cidade, um CEP ou uma zona eleitoral (ward) de Boston basta quando está inteiramente dentro de um ' +
    'distrito da Câmara e de um do Senado. Se estiver dividido, mostramos os distritos que ele toca e pedimos que ' +
    'você escolha o seu ou informe o seu endereço. Nunca adivinhamos.',
  'findPage.howLocation':
    'Usar minha localização e o mapa funcionam como um endereço: o seu navegador nos dá um ponto e nós o ' +
    'conferimos com os limites dos distritos.',
  'findPage.keep':
    'Não guardamos o que você digita aqui. Limites dos distritos: MassGIS, distritos de 2021 (em vigor desde as ' +
    'eleições de 2022).',
  'findPage.aboutData': 'Sobre os dados',
  'findPage.browse': 'Você também pode ver {districts} e {legislators}.',
  'findPage.allDistricts': 'os 200 distritos',
  'findPage.allLegislators': 'todos os legisladores',

  'pledge.intro':
    '{headline}. Enviamos um link por e-mail para você confirmar o seu compromisso; depois de confirmado, ele conta ' +
    '(sem o seu nome) nos seus distritos da Câmara e do Senado, e mostramos programas de mentoria perto de você.',
  'pledge.aboutYou': 'Sobre você',
  'pledge.emailHint': 'Enviamos para cá o link para confirmar o seu compromisso.',
  'pledge.types': 'Que tipo de mentoria combina com você?',
  'pledge.ages': 'Com que idades você gostaria de trabalhar como mentor?',
  'form.optionalTickAny': 'Opcional: marque quantas quiser.',
  'pledge.languages': 'Idiomas, além do inglês, em que você poderia ser mentor',
  'pledge.languagesHint': 'Opcional. Por exemplo: português, crioulo haitiano.',
  'pledge.consent':
    'Concordo que a {organization} guarde o meu nome, e-mail, cidade, distritos e interesses para contar o meu ' +
    'compromisso e me colocar em contato com programas de mentoria, até que eu o retire (compromissos não ' +
    'confirmados são apagados depois de uma semana).',
  'pledge.submit': 'Quero ser mentor',
  'pledge.type.school-based': 'Na escola (numa escola, durante ou depois do horário escolar)',
  'pledge.type.site-based': 'Na sede do programa (nas instalações do próprio programa)',
  'pledge.type.community': 'Na comunidade (saindo juntos pela comunidade)',
  'pledge.type.workplace': 'No trabalho (os jovens visitam o seu local de trabalho)',
  'pledge.type.e-mentoring': 'Mentoria on-line',
  'pledge.age.children': 'Crianças (de 5 a 10 anos)',
  'pledge.age.preteens': 'Pré-adolescentes (de 11 a 13 anos)',
  'pledge.age.teens': 'Adolescentes (de 14 a 18 anos)',
  'pledge.age.young-adults': 'Jovens adultos (de 19 a 24 anos)',
  'pledgePage.title': 'Comprometa-se a ser mentor',
  'pledgePage.description':
    'Comprometa-se a ser mentor de um jovem em Massachusetts: indicamos programas de mentoria perto de você e ' +
    'contamos o seu compromisso, sem o seu nome, no seu distrito.',
  'pledgePage.heading': 'Comprometa-se a ser mentor de um jovem',
  'pledgePage.lede':
    'Um compromisso não é um contrato. Ele nos diz que você quer ser mentor e onde você mora. Depois que você o ' +
    'confirmar por e-mail, indicamos programas de mentoria perto de você, e o seu compromisso é contado, sem o seu ' +
    'nome, no {map}.',
  'pledgePage.map': 'mapa dos distritos da Câmara e do Senado',
  'pledgePage.open': 'Campanhas de compromisso abertas',
  'pledgePage.noneOpen': 'Nenhuma campanha de compromisso está aberta agora. {find} e entre em contato direto.',
  'pledgePage.findProgram': 'Encontre um programa de mentoria perto de você',
  'pledgePage.already': 'Já sabe onde gostaria de ser mentor? {browse}.',
  'pledgePage.browse': 'Veja o diretório de programas de mentoria',

  'next.title': 'Continue',
  'next.call': 'Ligue para os seus legisladores',
  'next.callText': 'Ligue para os mesmos dois gabinetes com o mesmo pedido: leva poucos minutos.',
  'next.pledge': 'Comprometa-se a ser mentor',
  'next.pledgeText': 'Seja mentor de um jovem: colocamos você em contato com programas de mentoria perto de você.',
  'next.alerts': 'Receba alertas do orçamento',
  'next.alertsText': 'Um e-mail quando a rubrica avançar e os seus legisladores precisarem ouvir você de novo.',
  'next.share': 'Peça a um amigo que escreva também',
  'next.shareText': 'Acabei de escrever aos meus legisladores estaduais: {title}. Você também pode.',
  'next.shareSubject': 'Você escreveria aos seus legisladores? {title}',
  'share.linkToShare': 'Link para compartilhar:',
  'share.copy': 'Copiar link',
  'share.email': 'Enviar por e-mail',
  'share.text': 'Enviar por SMS',
  'share.whatsapp': 'Compartilhar no WhatsApp',
  'share.x': 'Publicar no X',
  'share.facebook': 'Compartilhar no Facebook',

  'call.title': 'Ligue para os seus legisladores',
  'call.intro':
    'Uma ligação de dois minutos para os gabinetes do seu próprio {whom}. A equipe anota cada ligação de um eleitor.',
  'call.hours': 'Os gabinetes da Assembleia estadual atendem o telefone: {hours}.',
  'call.stage': 'A rubrica está com o {committee}.',
  'call.stageChair': 'A rubrica está com o {committee}, presidido por {chair}.',
  'call.stageOwn':
    'Você continua ligando para os seus próprios legisladores: o roteiro pede que eles insistam com a presidência ' +
    'para financiá-la.',
  'call.whatToSay': 'O que dizer',
  'call.scriptEnglish': 'Os gabinetes falam inglês, por isso o texto que você vai dizer está em inglês.',
  'call.nameHint':
    'Diga o seu próprio nome onde está {placeholder}. A sua folha de ligação preenche o nome de cada legislador e a ' +
    'sua cidade.',
  'call.yourLegislator': '(o seu legislador)',
  'call.yourName': '(o seu nome)',
  'call.yourTown': '(a sua cidade)',
  'call.now': 'Ligue agora para os seus legisladores',
  'call.findPhones': 'Encontre os telefones dos seus legisladores',
  'call.countOnly': 'Contamos só como foi cada ligação, nunca quem ligou.',
  'callPage.title': 'Ligue para os seus legisladores: {campaign}',
  'callPage.description':
    'Ligue para o seu próprio deputado e senador estadual sobre {campaign}: os telefones deles, o que dizer e ' +
    'quando os gabinetes atendem.',
  'callPage.crumb': 'Ligar',
  'callPage.where': 'Onde você mora?',
  'callPage.show': 'Ver os telefones dos meus legisladores',
  'callPage.keepNothing':
    'Usamos onde você mora só para encontrar os seus legisladores, e não guardamos nada sobre você.',
  'callPage.ended': 'Esta campanha terminou. Obrigado a todos que ligaram.',

  'alerts.title': 'Alertas do orçamento',
  'alerts.description':
    'Alertas com data sobre a rubrica {lineItem}, Mentoring Matching Grants, conforme o orçamento de Massachusetts ' +
    'avança.',
  'alerts.lede':
    'Quando o orçamento avança na rubrica {lineItem}, publicamos um alerta aqui: o que aconteceu, o que vem depois e ' +
    'o que você pode fazer.',
  'alerts.follow': 'Acompanhe pelo {feed} ou adicione o {calendar} ao seu aplicativo de agenda. Veja também {budget}.',
  'alerts.feed': 'feed RSS',
  'alerts.calendar': 'calendário de prazos do orçamento',
  'alerts.budget': 'em que pé está o orçamento agora',
  'alerts.none': 'Ainda não há alertas.',
  'alerts.inEnglish': 'Os alertas são escritos em inglês.',
  'signup.title': 'Receba alertas do orçamento por e-mail',
  'signup.intro':
    'Um e-mail quando a rubrica {lineItem} avançar no orçamento estadual e os seus legisladores precisarem ouvir ' +
    'você. Primeiro enviamos um link para confirmar; todo e-mail traz um link para cancelar a inscrição.',
  'signup.nameHint': 'Opcional, para cumprimentar você.',
  'signup.place': 'Sua cidade, CEP ou endereço',
  'signup.placeHint':
    'Opcional: assim cada alerta cita os seus próprios legisladores e leva a uma carta já endereçada a eles. ' +
    'Guardamos só os seus distritos.',
  'signup.consent':
    'Concordo em receber e-mails de alerta do orçamento sobre a rubrica {lineItem} de {site}. Posso cancelar a ' +
    'inscrição a qualquer momento.',
  'signup.submit': 'Quero me inscrever',
  'signup.keep':
    'Guardamos só o seu e-mail, o seu nome se você informar, os seus distritos da Câmara e do Senado se você ' +
    'informar um lugar, e quando você se inscreveu.',

  'js.common.sending': 'Enviando…',
  'js.common.failed': 'Algo deu errado. Tente de novo.',
  'js.common.house': 'da Câmara',
  'js.common.senate': 'do Senado',
  'js.letter.templateHint':
    'A sua carta ainda está quase palavra por palavra igual ao modelo. A equipe dá mais peso a cartas com palavras ' +
    'próprias: acrescente uma frase sobre por que a mentoria é importante para você.',
  'js.letter.send': 'Enviar minha carta',
  'js.letter.offline':
    'Não conseguimos falar com o servidor. Verifique a sua conexão e tente de novo: a sua carta não será enviada ' +
    'duas vezes.',
  'js.letter.awaiting': 'Veja o seu e-mail para confirmar a sua carta',
  'js.letter.already': 'Você já escreveu nesta campanha',
  'js.letter.thanks': 'Obrigado por escrever',
  'js.letter.status.sent': 'enviada',
  'js.letter.status.queued': 'na fila: sai dentro de uma hora',
  'js.letter.status.failed': 'não pôde ser entregue; a nossa equipe já foi avisada',
  'js.letter.status.none': 'não enviada',
  'js.letter.status.awaiting_confirmation': 'aguardando você confirmar o seu e-mail',
  'js.letter.follow': 'Veja onde está a sua carta: a caminho, depois entregue',
  'js.letter.vacant': 'A cadeira do distrito {district} {chamber} está vaga, por isso nenhuma carta foi enviada.',
  'js.letter.to': 'Para {people}: cada um recebe a sua própria cópia, assinada com o seu nome e a sua cidade.',
  'js.letter.and': ' e ',
  'js.letter.seatVacant': 'A cadeira do distrito {district} está vaga.',
  'js.pledge.submit': 'Quero ser mentor',
  'js.pledge.offline':
    'Não conseguimos falar com o servidor. Verifique a sua conexão e tente de novo: o seu compromisso não será ' +
    'duplicado.',
  'js.pledge.next': 'Próximo passo: programas de mentoria perto de você',
  'js.pledge.notChosen': '; não é o que você escolheu, mas é o mais próximo que temos',
  'js.pledge.none': 'O nosso diretório ainda não tem programas de mentoria nos seus distritos nem na sua cidade.',
  'js.pledge.browse': 'Veja todo o diretório de programas de mentoria',
  'js.pledge.share': 'Peça a um amigo que se comprometa também',
  'js.pledge.where.house': 'no seu distrito da Câmara',
  'js.pledge.where.senate': 'no seu distrito do Senado',
  'js.pledge.where.town': 'na sua cidade',
  'js.pledge.where.near': 'perto',
  'js.pledge.where.statewide': 'em todo o estado',
  'js.pledge.lessThanMile': ', a menos de uma milha',
  'js.pledge.miles': ', a {miles} milhas',
  'js.copy.done': 'Link copiado.',
  'js.copy.failed': 'O seu navegador não nos deixou copiar: selecione o link e copie.',
  'js.find.looking': 'Procurando os seus distritos…',
  'js.find.offline': 'Não conseguimos falar com o localizador de distritos. Verifique a sua conexão e tente de novo.',
  'js.find.error': 'Algo deu errado. Tente de novo.',
  'js.find.district': 'Distrito {district} {chamber}',
  'js.find.vacantSeat': ': esta cadeira está vaga',
  'js.find.change': 'Não está certo? Altere',
  'js.find.openPage': 'Abrir como página para compartilhar ou imprimir',
  'js.find.chose': 'Você escolheu o distrito {house} da Câmara e o distrito {senate} do Senado.',
  'js.find.yours': 'O seu distrito {chamber}: {district} ({who}).',
  'js.find.which': 'Qual é o seu distrito {chamber}?',
  'js.find.seatVacant': 'cadeira vaga',
  'js.find.showOnMap': 'Mostrar estes distritos no mapa',
  'js.find.choicesPage': 'Abrir estas opções como página, com as seções eleitorais (precincts) quando as conhecemos',
  'js.find.locating': 'Pedindo a sua localização ao navegador…',
  'js.find.noLocation': 'Não conseguimos obter a sua localização. Digite o seu endereço, cidade ou CEP.',
  'js.find.hideMap': 'Esconder o mapa',
  'js.find.showMap': 'Escolher no mapa',
  'js.find.mapHelp':
    'Clique ou toque onde você mora. Arraste ou use as setas do teclado para mover o mapa; use + e − para ' +
    'aproximar ou afastar.',
  'js.find.mapLabel': 'Mapa dos distritos de Massachusetts',
  'js.find.zoomIn': 'Aproximar',
  'js.find.zoomOut': 'Afastar',
  'js.find.attribution': 'Limites dos distritos: MassGIS',
  'js.find.mapFailed': 'Não foi possível carregar o mapa. Digite o seu endereço, cidade ou CEP.',

  'stage.request': 'Pedido dos defensores',
  'stage.governor': 'Recomendação do governador',
  'stage.house_ways_and_means': 'Comitê de Meios e Recursos da Câmara',
  'stage.house_final': 'Orçamento da Câmara',
  'stage.senate_ways_and_means': 'Comitê de Meios e Recursos do Senado',
  'stage.senate_final': 'Orçamento do Senado',
  'stage.conference': 'Comitê de conferência',
  'stage.enacted': 'Orçamento sancionado',
  'stage.veto': 'Vetos do governador',
  'stage.override': 'Derrubada de vetos',
  'stageExplain.governor': 'O governador apresenta a sua recomendação de orçamento para o ano fiscal.',
  'stageExplain.house_ways_and_means':
    'O Comitê de Meios e Recursos (Ways and Means) da Câmara prepara a versão da Câmara do orçamento.',
  'stageExplain.house_final': 'A Câmara em plenário debate e emenda o orçamento e depois vota.',
  'stageExplain.senate_ways_and_means':
    'O Comitê de Meios e Recursos (Ways and Means) do Senado prepara a versão do Senado do orçamento.',
  'stageExplain.senate_final': 'O Senado em plenário debate e emenda o orçamento e depois vota.',
  'stageExplain.conference':
    'Um comitê de conferência de deputados e senadores resolve as diferenças; as duas casas votam o relatório.',
  'stageExplain.enacted':
    'O governador sanciona o orçamento (a General Appropriations Act) e pode vetar ou reduzir rubricas.',
  'stageExplain.veto': 'O governador veta ou reduz a rubrica ao sancionar o orçamento.',
  'stageExplain.override':
    'A Câmara e o Senado votam para restabelecê-la: derrubar um veto exige dois terços dos votos em cada casa.',
};
