#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>
#include <optional>

namespace hubsim {

/**
 * The orchestrations a simulated tenant holds, each kept as its own compact JSON text so the
 * simulator serves records byte for byte with their key order (QJsonObject would sort keys).
 *
 * A Dataset is immutable and implicitly shared: copies are cheap and safe to hand to
 * another thread. All records live in one byte block with an offset table, so 100 000
 * records cost little more than their text.
 */
class Dataset
{
public:
    /// An empty tenant: no orchestrations.
    Dataset();

    /**
     * How many records a generated tenant starts with that read like a real contact
     * centre's (see generate()): four pages of the default size, more than the largest page.
     */
    static constexpr int kRealisticRecords = 100;

    /**
     * @p count generated orchestrations, the same bytes for the same @p seed and count
     * (a smaller count gives a prefix of a larger one). Records 0 and 1 are the two records
     * of eGain's reference example, verbatim. Up to kRealisticRecords, the rest read like a
     * real contact centre's: plausible names and descriptions in a dozen languages, no markup,
     * emoji, mixed writing directions or oversized text (what the demo's first pages show).
     * From there on, ordinary records are mixed with the edge cases a client must survive:
     * markup, quotes and backslashes, emoji, right-to-left and mixed-direction names, very long
     * names and descriptions, empty descriptions. Ids, flags, timestamps, bots, agents and
     * unknown fields vary as a real tenant's do throughout.
     */
    static Dataset generate(quint64 seed, int count);

    /**
     * Records read from @p path: a JSON array of records, an API page or a console export
     * (an object whose "orchestration" member holds the records). Key order is kept;
     * whitespace between tokens is dropped. On failure returns nullopt and says why in
     * @p error, naming the file and what is wrong with it.
     */
    static std::optional<Dataset> fromFile(const QString &path, QString *error = nullptr);

    /// As fromFile(), from JSON text already in memory.
    static std::optional<Dataset> fromJson(const QByteArray &json, QString *error = nullptr);

    int size() const;
    bool isEmpty() const { return size() == 0; }

    /// The compact JSON text of record @p index (0-based); empty when out of range.
    QByteArray record(int index) const;
    /// Record @p index parsed; unlike record(), its keys are no longer in their order.
    QJsonObject recordObject(int index) const;

    /// Appends records [@p first, @p first + @p count) to @p out, separated by commas.
    void appendRecords(QByteArray &out, int first, int count) const;

    /// All records as one compact JSON array (what fromJson() reads back unchanged).
    QByteArray toJsonArray() const;

    /// Bytes of record text held (a measure of memory use).
    qint64 byteSize() const;

private:
    struct Data;
    explicit Dataset(std::shared_ptr<const Data> data);

    std::shared_ptr<const Data> d;
};

/// @p json with every whitespace character outside strings removed; other bytes untouched.
QByteArray compactJsonText(const QByteArray &json);

} // namespace hubsim
