#pragma once

#include "models/core/exportdocument.h"
#include "models/itemmodels/orchestrationfiltermodel.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

/**
 * The main window's view, on the command line of `orchestration-console export`:
 * --filter TEXT (the window's search), --active yes|no, --columns KEY,... (the visible
 * columns only, as flat objects keyed by ViewColumns keys, in the order given) and
 * --format json|csv (CSV for spreadsheets: the columns given, or the window's default
 * columns, every one in table order; CsvRecordWriter). The records go through the window's
 * own filter model, so the file holds what the window would show.
 */
struct ExportViewOptions
{
    enum class Format { Json, Csv };

    QString filterText;
    OrchestrationFilterModel::ActiveFilter active = OrchestrationFilterModel::ActiveFilter::All;
    QList<int> columns; ///< empty: full records (JSON), every column (CSV)
    Format format = Format::Json;

    bool filters() const;

    /// The options to add to the export's parser.
    static QList<QCommandLineOption> commandLineOptions();
    /// Reads them from @p parser (after parse()); false with a usage message in @p error.
    static bool read(const QCommandLineParser &parser, ExportViewOptions *options, QString *error);

    /// Filters @p document's records, turns them into columns when asked, and says so in
    /// exportInfo ("filter", "content", "columns"). Nothing when no option was given.
    void applyTo(ExportDocument &document) const;
    /// The CSV file of @p records: filtered as applyTo() does, in columns().
    QByteArray csv(const QList<Orchestration> &records) const;
};
