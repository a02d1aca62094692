#pragma once

#include "models/core/orchestration.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

/// The paginationInfo of a page, as the server sent it.
struct PaginationInfo
{
    qint64 count = -1; ///< total number of records; -1 when unknown
    int pagenum = 0;
    int pagesize = 0;
    bool present = false; ///< whether the page carried paginationInfo at all

    bool operator==(const PaginationInfo &) const = default;
};

/// One page of GET /orchestrations: its records in server order, and what was odd about it.
struct OrchestrationPage
{
    PaginationInfo pagination;
    QList<Orchestration> records;
    QList<ValidationWarning> warnings; ///< page-level, e.g. paginationInfo missing
    bool noContent = false; ///< the server answered 204
};

/// Where a page's text came from, for messages that say who is at fault.
enum class PageOrigin {
    Server, ///< an answer to GET /orchestrations: "The server's answer is not valid JSON"
    File, ///< a file on this computer (an export, a saved page): "The file is not valid JSON"
};

/// Either a page or, when the body cannot be used at all, a message for the user.
struct PageParseResult
{
    std::optional<OrchestrationPage> page;
    QString error; ///< user-readable, translated; set when !page
};

/**
 * Parses the body of a 200 answer to GET /orchestrations. The page is refused only when its
 * structure is unusable (not JSON, not an object, no orchestration array, an element that is
 * not an object, a malformed paginationInfo); problems inside records become warnings on the
 * records. Each record keeps its own bytes (see Orchestration::rawJson()).
 * Repeated ids share storage through @p interner when given (e.g. one per scan), otherwise
 * through one made for this page. @p origin picks who the refusal blames.
 */
PageParseResult parseOrchestrationPage(QByteArrayView body, StringInterner *interner = nullptr,
    PageOrigin origin = PageOrigin::Server);

/// What a 204 No Content means: a page with no records (count 0), not an error.
OrchestrationPage emptyNoContentPage();
