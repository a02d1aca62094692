#include "models/itemmodels/csvrecordwriter.h"

#include "models/itemmodels/orchestrationtablemodel.h"
#include "models/itemmodels/viewexport.h"

#include <QLocale>

namespace {

using Table = OrchestrationTableModel;

QString joined(const QStringList &ids)
{
    return ids.join(CsvRecordWriter::kListSeparator);
}

} // namespace

CsvRecordWriter::CsvRecordWriter(const QList<int> &columns)
{
    for (const int column : columns) {
        if (!ViewColumns::key(column).isEmpty())
            m_columns.append(column);
    }
}

QString CsvRecordWriter::neutralised(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

QString CsvRecordWriter::field(const QString &text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!quote)
        return text;
    QString doubled = text;
    doubled.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + doubled + QLatin1Char('"');
}

QStringList CsvRecordWriter::cells(const Orchestration &record) const
{
    QStringList cells;
    cells.reserve(m_columns.size());
    for (const int column : m_columns) {
        if (column == Table::BotsColumn) {
            QStringList ids;
            const QList<BotReference> bots = record.bots();
            for (const BotReference &bot : bots)
                ids.append(bot.id);
            cells.append(neutralised(joined(ids)));
            continue;
        }
        if (column == Table::AgentsColumn) {
            cells.append(neutralised(joined(record.agentIds())));
            continue;
        }
        const QJsonValue value = ViewColumns::value(record, column);
        switch (value.type()) {
        case QJsonValue::String:
            cells.append(neutralised(value.toString()));
            break;
        case QJsonValue::Bool:
            cells.append(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            break;
        case QJsonValue::Double:
            // The C locale's digits: a spreadsheet reads them as the number they are.
            cells.append(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
            break;
        default:
            cells.append(QString());
            break;
        }
    }
    return cells;
}

QByteArray CsvRecordWriter::line(const QStringList &cells) const
{
    QString text;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(',');
        text += field(cells.at(i));
    }
    text += QLatin1String("\r\n");
    return text.toUtf8();
}

QByteArray CsvRecordWriter::begin() const
{
    QStringList keys;
    for (const int column : m_columns)
        keys.append(ViewColumns::key(column));
    return QByteArrayLiteral("\xEF\xBB\xBF") + line(keys);
}

QByteArray CsvRecordWriter::row(const Orchestration &record) const
{
    return line(cells(record));
}

QByteArray CsvRecordWriter::document(const QList<Orchestration> &records) const
{
    QByteArray out = begin();
    for (const Orchestration &record : records) {
        if (!record.isNull())
            out += row(record);
    }
    return out;
}
