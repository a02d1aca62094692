#pragma once

#include "models/core/exportdocument.h"
#include "models/itemmodels/orchestrationfiltermodel.h"
#include "models/itemmodels/viewexport.h"

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

    /// Those of @p records the filter lets through (one page at a time will do: nothing here
    /// sorts).
    QList<Orchestration> matching(const QList<Orchestration> &records) const;
    /// What a JSON file holds of @p records: matching() ones, turned into columns when asked.
    QList<Orchestration> select(const QList<Orchestration> &records) const;
    /// Says in @p info's extra members what select() did ("filter", "content", "columns").
    /// Nothing when no option was given.
    void describeIn(ExportInfo &info) const;
    /// The columns a CSV file holds: those given, or every column in table order.
    QList<int> csvColumns() const;

private:
    ViewFilter viewFilter() const;
};
