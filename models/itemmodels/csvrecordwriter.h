#pragma once

#include "models/core/orchestration.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * Orchestrations as CSV for spreadsheet programs, one record at a time, so the rows can go
 * to their destination as the records arrive.
 *
 * The file is RFC 4180: UTF-8 with a byte order mark (spreadsheet programs read it as
 * UTF-8 only then), one header record of the columns' stable keys (ViewColumns::key), then
 * one record per orchestration holding the given columns in the given order; every record
 * ends in CRLF; a field holding a comma, a double quote, CR or LF is quoted, its quotes
 * doubled.
 *
 * Cells hold ViewColumns::value() as text (booleans "true"/"false", dates UTC ISO 8601,
 * empty for null), except Bots and Agents, which hold the ids (bot ids, agent ids) joined by
 * kListSeparator: a space, which no id holds and no spreadsheet locale splits on.
 *
 * Text that came from the tenant (strings, not the numbers and booleans the writer spells)
 * and begins with =, +, -, @, a tab or CR gets a leading apostrophe, so a spreadsheet shows
 * it as text and never runs it as a formula (OWASP "CSV injection").
 */
class CsvRecordWriter
{
public:
    static constexpr QLatin1StringView kListSeparator {" "};

    /// @p columns: OrchestrationTableModel columns, in the order to write.
    explicit CsvRecordWriter(const QList<int> &columns);

    const QList<int> &columns() const { return m_columns; }

    /// What a file starts with: the byte order mark and the header record.
    QByteArray begin() const;
    /// One record: @p record's cells, CRLF-terminated.
    QByteArray row(const Orchestration &record) const;
    /// begin() and a row() per non-null record: a whole file.
    QByteArray document(const QList<Orchestration> &records) const;

    /// @p record's cells before quoting (neutralised where they need it).
    QStringList cells(const Orchestration &record) const;
    /// @p text with an apostrophe in front when a spreadsheet would read it as a formula.
    static QString neutralised(const QString &text);
    /// @p text as one RFC 4180 field: quoted when it must be.
    static QString field(const QString &text);

private:
    QByteArray line(const QStringList &cells) const;

    QList<int> m_columns;
};
