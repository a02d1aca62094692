#pragma once

#include "models/connections/connectionprofile.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class BandColourButton;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QVBoxLayout;
class SecretField;

/**
 * The fields of one connection profile under a title: name, URLs, sign-in method with its client
 * secret or bearer token, paging, label and band colour, each with the reason it is wrong right
 * under it.
 *
 * Promises:
 * - only the rows of the chosen sign-in method are shown;
 * - edited() is emitted for every change the user makes, never while fill() runs;
 * - a field's problem is shown once the user has touched it (typed in it, or left it), or
 *   when all are revealed (revealAllProblems(): a saved profile, or after Save): a new,
 *   untouched form is not covered in red;
 * - the secret and token fields hold only what was typed; whether something is stored is said
 *   in words by the state lines under them (setCredentialState()) and the keychain note.
 */
class ProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileForm(QWidget *parent = nullptr);

    /// The line above the fields (the profile's name, or that it is new).
    void setTitle(const QString &title);
    /// Puts @p footer under the fields, with the free space below it.
    void addFooter(QWidget *footer);

    /// Shows @p profile; the typed secret, token and state lines are cleared.
    void fill(const ConnectionProfile &profile);
    /// The profile as the fields say now; its id is null (the form does not know it).
    ConnectionProfile profile() const;

    bool usesBearerToken() const;
    /// What was typed into the client secret field, as typed.
    QString typedSecret() const;
    /// The typed bearer token, trimmed.
    QString typedToken() const;
    /// The typed token's expiry; invalid when "Expires at" is not ticked.
    QDateTime typedTokenExpiry() const;
    /// Whether anything was typed into the secret or token field.
    bool hasTypedCredential() const;
    /// Empties the secret and token fields without emitting edited().
    void clearTypedCredentials();

    /// Shows each problem next to its field, if touched or revealed (see above), and hides the
    /// reasons that no longer apply.
    void showProblems(const QList<ProfileProblem> &problems);
    /// From now on every problem shows, touched or not, until the next fill().
    void revealAllProblems();
    /// Whether the user has touched @p field (a problem key, e.g. "baseUrl").
    bool isTouched(const QString &field) const;
    /// The reason shown next to @p field; empty when none.
    QString problemShownFor(const QString &field) const;

    /// The state line under the token field (@p bearerToken) or the secret field.
    void setCredentialState(bool bearerToken, const QString &text);
    /// The state line of the sign-in method now chosen.
    QString credentialStateText() const;
    /// The note about the keychain (not available, kept for this session only).
    void setKeychainNote(const QString &text, bool visible);
    /// The keychain note; empty while it is hidden.
    QString keychainNoteText() const;

    /// Puts the cursor in the name field with the name selected, ready to be typed over.
    void focusName();

signals:
    void edited();

private:
    QLabel *problemLabel(const QString &key);
    QWidget *fieldWithProblem(QWidget *field, const QString &key);
    void layOutRows();
    void updateSignInRows();
    void onEdited();
    /// Marks @p field's problem key touched when the user edits or leaves it.
    void trackTouches(QWidget *field, const QString &key);

    QLabel *m_title;
    QFormLayout *m_form;
    QVBoxLayout *m_layout = nullptr;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QComboBox *m_signIn;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_clientId;
    SecretField *m_secret;
    QLabel *m_secretState;
    SecretField *m_token;
    QCheckBox *m_tokenExpires;
    QDateTimeEdit *m_tokenExpiry;
    QLabel *m_tokenState;
    QLabel *m_keychainNote;
    QLineEdit *m_scope;
    QLineEdit *m_pageNumberParameter;
    QLineEdit *m_pageSizeParameter;
    QSpinBox *m_defaultPageSize;
    QLineEdit *m_label;
    BandColourButton *m_colourButton;
    QCheckBox *m_recordHistory;
    std::pair<int, int> m_historyLimits {ConnectionProfile().historyMaxMegabytes,
        ConnectionProfile().historyMaxDays}; ///< megabytes, days of the profile filled in
    QHash<QString, QLabel *> m_problemLabels;
    QSet<QString> m_touched;
    QList<ProfileProblem> m_problems; ///< the last ones given, shown as far as touched
    bool m_revealAll = false;
    QWidget *m_secretRow = nullptr;
    QWidget *m_tokenRow = nullptr;
    bool m_filling = false;
};
