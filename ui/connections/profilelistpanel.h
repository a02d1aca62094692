#pragma once

#include "models/connections/connectionprofile.h"

#include <QUuid>
#include <QWidget>

class QListWidget;
class QPushButton;

/**
 * The saved connection profiles, each with its name and label chip, and the buttons that act
 * on them: Add, Duplicate, Remove…, Import… and Export….
 *
 * Promises: profileChosen() is emitted only when the user (or reload()) makes a profile
 * current, never by showCurrent() or clearCurrent(); the buttons only ask, the owner acts.
 */
class ProfileListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileListPanel(QWidget *parent = nullptr);

    /// Lists @p profiles and makes @p select current (emitting profileChosen()) if it is there.
    void reload(const QList<ConnectionProfile> &profiles, const QUuid &select);
    /// Marks @p id as current without emitting; a null id leaves no profile current.
    void showCurrent(const QUuid &id);
    /// Leaves no profile current or selected, without emitting.
    void clearCurrent();
    int count() const;
    /// Duplicate and Remove need a saved profile; Export needs at least one profile listed.
    void updateButtons(bool savedProfileShown);

signals:
    void profileChosen(const QUuid &id);
    void addRequested();
    void duplicateRequested();
    void removeRequested();
    void importRequested();
    void exportRequested();

private:
    void onCurrentChanged();

    QListWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_duplicateButton;
    QPushButton *m_removeButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
};
