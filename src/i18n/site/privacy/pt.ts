// The privacy page in Portuguese ("você"): one value per key of ./en.ts; table rows keep their "|" between cells.
import type { privacyEn } from './en.ts';

export const privacyPt: Record<keyof typeof privacyEn, string> = {
  'privacy.title': 'Os seus dados',
  'privacy.description':
    'Que dados pessoais este site guarda quando você escreve aos seus legisladores, se compromete a ser mentor ou se ' +
    'inscreve nos alertas do orçamento, por quanto tempo e por quê.',
  'privacy.lede':
    'Guardamos o mínimo possível sobre você, pelo menor tempo possível, e nunca vendemos nem compartilhamos.',

  'privacy.letters.title': 'Quando você escreve aos seus legisladores',
  'privacy.letters.1.label': 'O que enviamos',
  'privacy.letters.1.text':
    'a sua carta, com o seu nome, o endereço que você informou e o seu e-mail, só para o seu próprio deputado e o ' +
    'seu próprio senador estadual, e uma cópia para você. O seu e-mail é o endereço de resposta, então os gabinetes ' +
    'podem responder direto a você.',
  'privacy.letters.2.label': 'O que guardamos',
  'privacy.letters.2.text':
    'a sua carta e os seus dados de contato até ela ser entregue, e depois por até 90 dias (para responder dúvidas ' +
    'sobre a entrega). Depois disso, o texto da carta e o seu endereço são apagados automaticamente. Guardamos a ' +
    'data, os seus distritos e se a carta foi entregue, para contar as cartas por distrito.',
  'privacy.letters.3.label': 'Se você marcar “Vocês podem me mandar e-mails”',
  'privacy.letters.3.text':
    'também guardamos o seu nome e o seu e-mail para escrever a você sobre a campanha. Sem essa marcação, o seu ' +
    'nome e o seu e-mail são apagados junto com o texto da carta.',
  'privacy.letters.4.label': 'Limites contra abusos',
  'privacy.letters.4.text':
    'contamos as cartas por e-mail e por conexão de internet durante um dia. Guardamos uma impressão digital ' +
    'irreversível (um hash com sal) do endereço da sua conexão, nunca o endereço em si.',
  'privacy.letters.5.label': 'Para encontrar o seu distrito',
  'privacy.letters.5.text':
    'o endereço que você digitar é enviado ao geocodificador do Census Bureau dos EUA para virar um ponto no mapa; ' +
    'nada mais sobre você é enviado.',

  'privacy.requests.title': 'Quando uma escola ou um programa pede ajuda',
  'privacy.requests.1.label': 'O que guardamos',
  'privacy.requests.1.text':
    'o pedido como você enviou (o seu nome, cargo, organização, e-mail, cidade, a ajuda que você quer e a sua ' +
    'mensagem), e enviamos o pedido por e-mail à nossa equipe, com o seu e-mail como endereço de resposta.',
  'privacy.requests.2.label': 'Por quanto tempo',
  'privacy.requests.2.text':
    '180 dias depois de chegar, depois que a nossa equipe recebeu o e-mail; então é apagado automaticamente. A ' +
    'equipe guarda o e-mail na própria caixa de entrada para trabalhar com você.',

  'privacy.pledges.title': 'Quando você se compromete a ser mentor',
  'privacy.pledges.1.label': 'O que guardamos',
  'privacy.pledges.1.text':
    'o seu nome, e-mail, a cidade e o CEP que você informou, os seus distritos da Câmara e do Senado, e os tipos de ' +
    'mentoria, idades e idiomas que você marcou, com as datas do compromisso e da confirmação. O endereço que você ' +
    'digitar serve só para encontrar os seus distritos e não é guardado.',
  'privacy.pledges.2.label': 'Por quê',
  'privacy.pledges.2.text':
    'para contar o seu compromisso, sem o seu nome, nos seus distritos (as contagens públicas mostram só números ' +
    'por distrito), e para que a equipe da {organization} possa colocar você em contato com programas de mentoria ' +
    'perto de você.',
  'privacy.pledges.3.label': 'Por quanto tempo',
  'privacy.pledges.3.text':
    'um compromisso que você não confirmar em 7 dias é apagado com todos os dados. Um compromisso confirmado fica ' +
    'guardado até você retirá-lo.',
  'privacy.pledges.4.label': 'Para retirar',
  'privacy.pledges.4.text':
    'o e-mail que enviamos tem um link para retirar o seu compromisso quando quiser. Ele apaga o seu compromisso e ' +
    'tudo o que guardamos com ele, e ele deixa de contar.',
  'privacy.pledges.5.label': 'Um compromisso por pessoa',
  'privacy.pledges.5.text':
    'reconhecemos um segundo compromisso do mesmo e-mail por uma impressão digital irreversível (um hash com sal) ' +
    'do endereço, nunca guardando o endereço num índice.',

  'privacy.calls.title': 'Quando você liga para os seus legisladores',
  'privacy.calls.1.label': 'O que guardamos',
  'privacy.calls.1.text':
    'só uma contagem: a campanha, o dia, o legislador para quem você ligou, o distrito dele e o botão que você ' +
    'tocou (falou com a equipe, deixou recado na caixa postal, ocupado ou ninguém atendeu). Nada sobre você: nem ' +
    'nome, e-mail, endereço, cidade ou conexão. O lugar que você digitou serve para encontrar os seus legisladores ' +
    'e não é guardado.',
  'privacy.calls.2.label': 'Para contar cada ligação uma vez só',
  'privacy.calls.2.text':
    'para que os toques de uma pessoa contem uma vez por legislador e campanha, e para limitar quantas ligações uma ' +
    'conexão pode contar numa hora, guardamos uma impressão digital irreversível com chave (um HMAC) do endereço da ' +
    'sua conexão, nunca o endereço. Ela é apagada depois de {days} dias.',
  'privacy.calls.3.label': 'A ligação em si',
  'privacy.calls.3.text':
    'é entre você e o gabinete do legislador: nós não fazemos a ligação, não a ouvimos e não ficamos sabendo o seu ' +
    'número de telefone.',

  'privacy.alerts.title': 'Quando você se inscreve nos alertas do orçamento',
  'privacy.alerts.1.label': 'O que guardamos',
  'privacy.alerts.1.text':
    'o seu e-mail, o seu nome se você informar, a frase que você aceitou, e quando você se inscreveu e confirmou. ' +
    'Se você informar a sua cidade, CEP ou endereço, procuramos os seus distritos da Câmara e do Senado e guardamos ' +
    'só eles, nunca o lugar que você digitou. Os nossos registros ficam sob uma impressão digital irreversível (um ' +
    'hash com sal) do seu e-mail, então quem se inscreve duas vezes fica com um só registro.',
  'privacy.alerts.2.label': 'Confirmação',
  'privacy.alerts.2.text':
    'primeiro enviamos um e-mail com um link para confirmar. Até você confirmar, não enviamos mais nada. Se você não ' +
    'confirmar em 7 dias, a sua inscrição é apagada automaticamente.',
  'privacy.alerts.3.label': 'Cancelar a inscrição',
  'privacy.alerts.3.text':
    'todo e-mail que enviamos tem um link para cancelar a inscrição. Ele abre uma página com um botão; apertar o ' +
    'botão (ou o “cancelar inscrição” do seu aplicativo de e-mail) apaga a sua inscrição por completo.',
  'privacy.alerts.4.label': 'Quem vê',
  'privacy.alerts.4.text':
    'a equipe da {organization} pode exportar a lista de inscrições confirmadas para enviar os alertas do ' +
    'orçamento. Mais ninguém.',
  'privacy.alerts.5.label': 'Os e-mails de alerta',
  'privacy.alerts.5.text':
    'cada alerta espera na nossa fila de saída só até ser enviado; se não puder ser enviado, guardamos por 30 dias ' +
    'para a equipe ver o que falhou, e depois apagamos.',
  'privacy.alerts.6.label': 'Devoluções e reclamações',
  'privacy.alerts.6.text':
    'se um e-mail for devolvido ou o dono marcar o nosso e-mail como spam, paramos de escrever para ele. Guardamos ' +
    'só uma impressão digital irreversível (um hash com sal) desse endereço, para reconhecê-lo, não para lê-lo.',

  'privacy.champions.title': 'Quando você agradece a um defensor da mentoria',
  'privacy.champions.text':
    'Enviamos o seu agradecimento, com o seu nome, cidade e e-mail, só para esse legislador; o seu e-mail é o ' +
    'endereço de resposta. Guardamos por até 90 dias e depois apagamos.',

  'privacy.table.title': 'Quanto tempo guardamos cada coisa, num relance',
  'privacy.table.caption': 'Dados pessoais que este site guarda, e quando são apagados',
  'privacy.table.what': 'O quê',
  'privacy.table.kept': 'Guardado por',
  'privacy.table.then': 'Depois',
  'privacy.row.1': 'O texto de uma carta, o seu endereço|90 dias|apagado automaticamente (todo dia)',
  'privacy.row.2':
    'O seu nome e e-mail numa carta|90 dias, ou até você pedir, se marcou “Vocês podem me mandar e-mails”|apagados ' +
    'com o texto da carta se você não marcou',
  'privacy.row.3':
    'Os seus distritos, a data, se a carta foi entregue|para as contagens da campanha|sem nome nem dado de contato',
  'privacy.row.4': 'Um compromisso de mentor não confirmado|7 dias|apagado com todos os dados',
  'privacy.row.5':
    'Um compromisso de mentor confirmado (nome, e-mail, cidade, distritos, interesses)|até você retirá-lo|o link do ' +
    'nosso e-mail apaga na hora',
  'privacy.row.6':
    'A contagem de uma ligação (campanha, dia, legislador, distrito, resultado)|para as contagens da campanha|nada ' +
    'sobre quem ligou',
  'privacy.row.7':
    'A impressão digital (HMAC) da sua conexão que conta a sua ligação uma vez só|{days} dias|apagada ' +
    'automaticamente (todo dia)',
  'privacy.row.8': 'Uma inscrição nos alertas não confirmada|7 dias|apagada automaticamente',
  'privacy.row.9':
    'Uma inscrição nos alertas confirmada (e-mail, nome se informado, distritos se você informou um lugar)|até você ' +
    'cancelar|o link de cada alerta apaga na hora',
  'privacy.row.10': 'Um e-mail de alerta que não conseguimos enviar|30 dias|apagado automaticamente (todo dia)',
  'privacy.row.11':
    'A impressão digital de um endereço que devolveu ou reclamou|enquanto enviarmos e-mails|um hash irreversível ' +
    'com sal: nada mais é enviado a esse endereço',
  'privacy.row.12': 'Um agradecimento a um defensor da mentoria|90 dias|apagado automaticamente',
  'privacy.row.13':
    'Um pedido de assistência técnica|180 dias, depois que a equipe o recebe|apagado automaticamente (todo dia)',
  'privacy.row.14':
    'Impressões digitais do seu e-mail e da sua conexão, para os limites contra abusos|até dois dias|hashes ' +
    'irreversíveis com sal, nunca os endereços; apagadas automaticamente',
  'privacy.table.note':
    'Estes são os prazos configurados neste site; a organização pode encurtá-los (veja o README do projeto).',

  'privacy.never.title': 'O que nunca fazemos',
  'privacy.never.1':
    'Nada de rastreadores de publicidade, scripts de análise ou cookies de terceiros. Os botões de compartilhar são ' +
    'links simples.',
  'privacy.never.2':
    'Ninguém pode usar este site para escrever a ninguém além dos seus próprios legisladores (ou a um defensor da ' +
    'mentoria indicado pela organização): encontramos os destinatários nos nossos próprios dados públicos.',

  'privacy.questions.title': 'Perguntas ou exclusão',
  'privacy.questions.text':
    'Para apagarmos os seus dados antes, ou para saber o que guardamos, entre em contato com a {organization}.',
};
