#include "sim/realistictext.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace hubsim {

namespace {

struct Topic
{
    QString name;
    QString description;
};

// One language of the tenant: what its orchestrations are about, the channels and markets
// that tell similar ones apart, and how a market is appended to a name in that language.
struct Language
{
    int weight; // share of the records, out of the sum of all weights
    QList<Topic> topics;
    QStringList channels;
    QStringList markets;
    QString marketFormat; // %1 the name, %2 the market
    QStringList notes; // a second sentence some descriptions carry
};

const QList<Language> &languages()
{
    static const QList<Language> list = {
        {40,
            {
                {QStringLiteral("Billing enquiries"),
                    QStringLiteral("Answers questions about invoices, payments and direct debits. "
                                   "Refund requests go to the billing team.")},
                {QStringLiteral("Card services"),
                    QStringLiteral("Activates, freezes and replaces debit and credit cards.")},
                {QStringLiteral("Lost and stolen cards"),
                    QStringLiteral("Blocks the card first, then orders a replacement. Open around "
                                   "the clock.")},
                {QStringLiteral("Mortgage advice"),
                    QStringLiteral("Qualifies mortgage enquiries and books a call with an "
                                   "adviser.")},
                {QStringLiteral("Claims intake"),
                    QStringLiteral("Collects the policy number, the date and photos of the damage "
                                   "before a claims handler takes over.")},
                {QStringLiteral("Retail returns"),
                    QStringLiteral("Handles refunds, exchanges and delivery questions.")},
                {QStringLiteral("Order tracking"),
                    QStringLiteral("Looks up orders and deliveries; agents take over for missing "
                                   "parcels.")},
                {QStringLiteral("Technical support"),
                    QStringLiteral("First-line troubleshooting for routers and set-top boxes; the "
                                   "second line takes over after two failed steps.")},
                {QStringLiteral("Broadband faults"),
                    QStringLiteral("Runs a line test with the customer and books an engineer "
                                   "visit when one is needed.")},
                {QStringLiteral("Mobile upgrades"),
                    QStringLiteral("Checks upgrade eligibility and passes customers who are ready "
                                   "to buy to the sales team.")},
                {QStringLiteral("Account recovery"),
                    QStringLiteral("Verifies the customer's identity before a password or a "
                                   "two-factor device is reset.")},
                {QStringLiteral("Travel rebooking"),
                    QStringLiteral("Rebooks cancelled and delayed journeys; group bookings go to a "
                                   "live agent.")},
                {QStringLiteral("Loyalty programme"),
                    QStringLiteral("Points balances, missing points and membership tiers.")},
                {QStringLiteral("Premium onboarding"),
                    QStringLiteral("Welcomes new premium customers and schedules a call with their "
                                   "account manager.")},
                {QStringLiteral("Business banking"),
                    QStringLiteral("Routes small-business customers to the business banking desk "
                                   "during office hours.")},
                {QStringLiteral("Fraud reporting"),
                    QStringLiteral("Takes reports of suspicious transactions and freezes the "
                                   "affected cards.")},
                {QStringLiteral("Meter readings"),
                    QStringLiteral("Accepts gas and electricity meter readings and explains "
                                   "estimated bills.")},
                {QStringLiteral("Moving home"),
                    QStringLiteral("Moves energy and broadband contracts to a new address.")},
                {QStringLiteral("Appointment booking"),
                    QStringLiteral("Books, moves and cancels branch appointments.")},
                {QStringLiteral("Warranty claims"),
                    QStringLiteral("Registers warranty claims and arranges the collection of "
                                   "faulty devices.")},
                {QStringLiteral("Cancellations"),
                    QStringLiteral("Handles cancellation requests; the retention team sees every "
                                   "conversation first.")},
                {QStringLiteral("Complaints"),
                    QStringLiteral("Logs complaints with a reference number; a case handler "
                                   "replies within two working days.")},
                {QStringLiteral("Out-of-hours triage"),
                    QStringLiteral("Takes messages outside office hours and schedules a callback "
                                   "for the next morning.")},
                {QStringLiteral("New customer sales"),
                    QStringLiteral("Answers questions from prospective customers and passes "
                                   "qualified leads to sales.")},
                {QStringLiteral("Payment arrangements"),
                    QStringLiteral("Sets up payment plans for customers who are behind on their "
                                   "bills.")},
                {QStringLiteral("Delivery issues"),
                    QStringLiteral("Damaged, late or missing deliveries; agents can issue "
                                   "vouchers.")},
                {QStringLiteral("VIP concierge"),
                    QStringLiteral("A dedicated queue for VIP customers, answered by senior "
                                   "agents.")},
                {QStringLiteral("Roaming support"),
                    QStringLiteral("Helps travellers with roaming charges and mobile data "
                                   "abroad.")},
            },
            {QStringLiteral("Web chat"), QStringLiteral("WhatsApp"), QStringLiteral("Mobile app"),
                QStringLiteral("SMS"), QStringLiteral("Messenger"),
                QStringLiteral("Apple Messages")},
            {QStringLiteral("UK"), QStringLiteral("US"), QStringLiteral("Ireland"),
                QStringLiteral("Canada"), QStringLiteral("Australia"), QStringLiteral("EMEA"),
                QStringLiteral("APAC"), QStringLiteral("Nordics")},
            QStringLiteral("%1 %2"),
            {QStringLiteral("Escalates to a live agent when the customer asks for one."),
                QStringLiteral("Staffed by the weekend team."),
                QStringLiteral("Migrated from the legacy routing rules in 2022."),
                QStringLiteral("Do not edit without approval from the contact centre lead."),
                QStringLiteral("Peak hours 09:00–17:00 CET."),
                QStringLiteral("Reviewed every quarter by customer operations.")}},
        {8,
            {
                {QStringLiteral("Kundenservice"),
                    QStringLiteral("Allgemeine Anfragen von Privatkunden; bei Bedarf übernimmt das "
                                   "Serviceteam.")},
                {QStringLiteral("Rechnungsfragen"),
                    QStringLiteral("Beantwortet Fragen zu Rechnungen, Abschlägen und "
                                   "Lastschriften.")},
                {QStringLiteral("Vertragsänderungen"),
                    QStringLiteral("Bearbeitet Anfragen zu Verträgen und Kündigungen.")},
                {QStringLiteral("Technischer Support"),
                    QStringLiteral("Hilft bei Störungen von Internet, Telefon und Fernsehen.")},
                {QStringLiteral("Schadenmeldung"),
                    QStringLiteral("Nimmt Schäden auf und leitet sie an die Sachbearbeitung "
                                   "weiter.")},
                {QStringLiteral("Umzugsservice"),
                    QStringLiteral("Zieht Strom- und Gasverträge an die neue Adresse um.")},
            },
            {QStringLiteral("Webchat"), QStringLiteral("WhatsApp"), QStringLiteral("App")},
            {QStringLiteral("Zürich"), QStringLiteral("Wien"), QStringLiteral("München"),
                QStringLiteral("Hamburg"), QStringLiteral("Berlin")},
            QStringLiteral("%1 %2"), {QStringLiteral("Werktags von 8 bis 18 Uhr besetzt.")}},
        {8,
            {
                {QStringLiteral("Assistance à la clientèle"),
                    QStringLiteral("Répond aux questions générales des particuliers.")},
                {QStringLiteral("Service après-vente"),
                    QStringLiteral("Gère les retours, les échanges et les réparations sous "
                                   "garantie.")},
                {QStringLiteral("Réclamations"),
                    QStringLiteral("Enregistre les réclamations et transmet le dossier à un "
                                   "conseiller.")},
                {QStringLiteral("Suivi de commande"),
                    QStringLiteral("Indique où en sont la commande et sa livraison.")},
                {QStringLiteral("Facturation"),
                    QStringLiteral("Gère les demandes de remboursement et les questions de "
                                   "facturation.")},
            },
            {QStringLiteral("Chat web"), QStringLiteral("WhatsApp"),
                QStringLiteral("Appli mobile")},
            {QStringLiteral("Paris"), QStringLiteral("Lyon"), QStringLiteral("Île-de-France"),
                QStringLiteral("Bruxelles"), QStringLiteral("Genève"), QStringLiteral("Montréal")},
            QStringLiteral("%1 %2"), {QStringLiteral("Ouvert du lundi au samedi, de 9 h à 19 h.")}},
        {6,
            {
                {QStringLiteral("Atención al cliente"),
                    QStringLiteral("Atiende consultas generales de particulares.")},
                {QStringLiteral("Soporte técnico"),
                    QStringLiteral("Resuelve incidencias de conexión y de configuración de "
                                   "equipos.")},
                {QStringLiteral("Facturación"),
                    QStringLiteral("Atiende consultas de facturación y pagos.")},
                {QStringLiteral("Devoluciones"),
                    QStringLiteral("Gestiona devoluciones y cambios de pedidos en línea.")},
            },
            {QStringLiteral("Chat web"), QStringLiteral("WhatsApp"), QStringLiteral("App móvil")},
            {QStringLiteral("Madrid"), QStringLiteral("Barcelona"), QStringLiteral("México"),
                QStringLiteral("Buenos Aires")},
            QStringLiteral("%1 %2"), {}},
        {4,
            {
                {QStringLiteral("Assistenza clienti"),
                    QStringLiteral("Risponde alle domande generali dei clienti.")},
                {QStringLiteral("Resi e rimborsi"),
                    QStringLiteral("Gestisce resi, cambi e rimborsi.")},
                {QStringLiteral("Supporto tecnico"),
                    QStringLiteral("Aiuta a risolvere i problemi di connessione.")},
            },
            {QStringLiteral("Chat web"), QStringLiteral("WhatsApp"), QStringLiteral("App")},
            {QStringLiteral("Milano"), QStringLiteral("Roma"), QStringLiteral("Torino")},
            QStringLiteral("%1 %2"), {}},
        {4,
            {
                {QStringLiteral("Klantenservice"),
                    QStringLiteral("Beantwoordt algemene vragen van klanten.")},
                {QStringLiteral("Storingen"),
                    QStringLiteral("Helpt bij storingen en plant zo nodig een monteur in.")},
                {QStringLiteral("Facturen en betalingen"),
                    QStringLiteral("Beantwoordt vragen over facturen en betalingen.")},
            },
            {QStringLiteral("Webchat"), QStringLiteral("WhatsApp"), QStringLiteral("App")},
            {QStringLiteral("Amsterdam"), QStringLiteral("Utrecht"), QStringLiteral("Antwerpen")},
            QStringLiteral("%1 %2"), {}},
        {4,
            {
                {QStringLiteral("Atendimento ao cliente"),
                    QStringLiteral("Responde a dúvidas gerais dos clientes.")},
                {QStringLiteral("Suporte técnico"),
                    QStringLiteral("Resolve problemas de conexão e de configuração.")},
                {QStringLiteral("Cobrança"),
                    QStringLiteral("Tira dúvidas sobre faturas e pagamentos.")},
            },
            {QStringLiteral("Chat"), QStringLiteral("WhatsApp"), QStringLiteral("App")},
            {QStringLiteral("São Paulo"), QStringLiteral("Rio de Janeiro"),
                QStringLiteral("Belo Horizonte")},
            QStringLiteral("%1 %2"), {}},
        {5,
            {
                {QStringLiteral("Obsługa klienta"),
                    QStringLiteral("Odpowiada na ogólne pytania klientów indywidualnych.")},
                {QStringLiteral("Reklamacje"),
                    QStringLiteral("Przyjmuje reklamacje i zwroty towarów.")},
                {QStringLiteral("Wsparcie techniczne"),
                    QStringLiteral("Pomaga przy awariach internetu i telewizji.")},
                {QStringLiteral("Płatności i faktury"),
                    QStringLiteral("Odpowiada na pytania o faktury i płatności.")},
            },
            {QStringLiteral("Czat"), QStringLiteral("WhatsApp"), QStringLiteral("Aplikacja")},
            {QStringLiteral("Warszawa"), QStringLiteral("Kraków"), QStringLiteral("Łódź"),
                QStringLiteral("Wrocław"), QStringLiteral("Gdańsk")},
            QStringLiteral("%1 %2"), {}},
        {5,
            {
                {QStringLiteral("Служба поддержки"),
                    QStringLiteral("Отвечает на общие вопросы клиентов.")},
                {QStringLiteral("Отдел продаж"),
                    QStringLiteral("Консультирует по тарифам и передаёт заявки менеджерам.")},
                {QStringLiteral("Оплата и счета"),
                    QStringLiteral("Обрабатывает обращения по оплате.")},
                {QStringLiteral("Техническая поддержка"),
                    QStringLiteral("Помогает при неполадках с интернетом и телевидением.")},
            },
            {QStringLiteral("Веб-чат"), QStringLiteral("Telegram"), QStringLiteral("Приложение")},
            {QStringLiteral("Москва"), QStringLiteral("Санкт-Петербург"),
                QStringLiteral("Новосибирск"), QStringLiteral("Казань")},
            QStringLiteral("%1 %2"), {}},
        {5,
            {
                {QStringLiteral("客户服务中心"),
                    QStringLiteral("处理一般咨询，必要时转接人工客服。")},
                {QStringLiteral("售后服务"), QStringLiteral("处理订单和退货问题。")},
                {QStringLiteral("账单查询"), QStringLiteral("解答账单和付款相关问题。")},
                {QStringLiteral("技术支持"), QStringLiteral("协助解决网络和设备故障。")},
            },
            {QStringLiteral("在线客服"), QStringLiteral("微信"), QStringLiteral("App")},
            {QStringLiteral("上海"), QStringLiteral("北京"), QStringLiteral("深圳"),
                QStringLiteral("广州")},
            QStringLiteral("%1（%2）"), {}},
        {5,
            {
                {QStringLiteral("カスタマーサポート"),
                    QStringLiteral("一般的なお問い合わせに対応し、必要に応じてオペレーターに引き継"
                                   "ぎます。")},
                {QStringLiteral("ご注文・配送のお問い合わせ"),
                    QStringLiteral("ご注文の状況と配送に関するお問い合わせに対応します。")},
                {QStringLiteral("請求・お支払い"),
                    QStringLiteral("請求書とお支払いに関するご質問にお答えします。")},
                {QStringLiteral("技術サポート"),
                    QStringLiteral("インターネットや機器の不具合の解決をお手伝いします。")},
            },
            {QStringLiteral("Webチャット"), QStringLiteral("LINE"), QStringLiteral("アプリ")},
            {QStringLiteral("東京"), QStringLiteral("大阪"), QStringLiteral("福岡")},
            QStringLiteral("%1（%2）"), {}},
        {4,
            {
                {QStringLiteral("고객 지원 센터"),
                    QStringLiteral("일반 문의에 답변하고 필요하면 상담원에게 연결합니다.")},
                {QStringLiteral("주문 및 배송 문의"),
                    QStringLiteral("주문 상태와 배송 관련 문의를 처리합니다.")},
                {QStringLiteral("요금 및 결제"),
                    QStringLiteral("요금 청구와 결제 관련 문의를 처리합니다.")},
                {QStringLiteral("기술 지원"),
                    QStringLiteral("인터넷과 기기 문제 해결을 돕습니다.")},
            },
            {QStringLiteral("웹 채팅"), QStringLiteral("카카오톡"), QStringLiteral("앱")},
            {QStringLiteral("서울"), QStringLiteral("부산"), QStringLiteral("인천")},
            QStringLiteral("%1 (%2)"), {}},
        // Right to left throughout: Arabic names carry Arabic channels and markets only, so a
        // name never mixes writing directions (that is an edge case, kept for later pages).
        {4,
            {
                {QStringLiteral("خدمة العملاء"),
                    QStringLiteral("يجيب عن الاستفسارات العامة ويحوّل المحادثة إلى موظف عند "
                                   "الحاجة.")},
                {QStringLiteral("الدعم الفني"),
                    QStringLiteral("يساعد في حل مشكلات الاتصال والأجهزة.")},
                {QStringLiteral("الفواتير والمدفوعات"),
                    QStringLiteral("يتعامل مع استفسارات الفواتير.")},
            },
            {QStringLiteral("الدردشة"), QStringLiteral("واتساب"), QStringLiteral("التطبيق")},
            {QStringLiteral("الرياض"), QStringLiteral("دبي"), QStringLiteral("القاهرة")},
            QStringLiteral("%1 – %2"), {}},
    };
    return list;
}

const Language &pickLanguage(QRandomGenerator &rng)
{
    static const int total = [] {
        int sum = 0;
        for (const Language &language : languages())
            sum += language.weight;
        return sum;
    }();
    int roll = rng.bounded(total);
    for (const Language &language : languages()) {
        if (roll < language.weight)
            return language;
        roll -= language.weight;
    }
    return languages().constFirst();
}

template<typename T> const T &pick(QRandomGenerator &rng, const QList<T> &list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

} // namespace

RecordText RealisticText::next(QRandomGenerator &rng)
{
    const Language &language = pickLanguage(rng);
    const Topic &topic = pick(rng, language.topics);

    // A tenant names its orchestrations after the topic, told apart by channel and market;
    // a few more tries find a name not yet taken, as an administrator would.
    QString name;
    for (int attempt = 0; attempt < 8 && (name.isEmpty() || m_usedNames.contains(name));
         ++attempt) {
        const int form = rng.bounded(100);
        const QString withChannel =
            topic.name + QStringLiteral(" – ") + pick(rng, language.channels);
        if (form < 35)
            name = language.marketFormat.arg(topic.name, pick(rng, language.markets));
        else if (form < 65)
            name = withChannel;
        else if (form < 85)
            name = language.marketFormat.arg(withChannel, pick(rng, language.markets));
        else
            name = topic.name;
    }
    const QString base = name;
    for (int copy = 2; m_usedNames.contains(name); ++copy)
        name = base + QLatin1Char(' ') + QString::number(copy);
    m_usedNames.insert(name);

    RecordText text;
    text.name = name;
    const int roll = rng.bounded(100);
    if (roll < 10)
        return text; // no description
    text.description = topic.description;
    if (roll >= 80 && !language.notes.isEmpty())
        *text.description += QLatin1Char(' ') + pick(rng, language.notes);
    return text;
}

} // namespace hubsim
