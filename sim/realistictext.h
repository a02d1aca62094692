#pragma once

#include <QSet>
#include <QString>
#include <optional>

class QRandomGenerator;

namespace hubsim {

/// The name and description of one generated orchestration.
struct RecordText
{
    QString name;
    std::optional<QString> description; ///< nullopt: the record has no description at all
};

/**
 * Names and descriptions a real contact centre gives its orchestrations: topics such as
 * billing, claims or order tracking in a dozen languages, qualified by a channel or a market,
 * each described in its own language. What the demo tenant's first pages show a newcomer.
 *
 * Promises: no markup characters, quotes or backslashes, no emoji, no name mixing left-to-right
 * and right-to-left letters, names of at most 60 characters, descriptions of at most 250; and
 * no name twice among those one generator made. The same random sequence gives the same text.
 */
class RealisticText
{
public:
    RecordText next(QRandomGenerator &rng);

private:
    QSet<QString> m_usedNames;
};

} // namespace hubsim
