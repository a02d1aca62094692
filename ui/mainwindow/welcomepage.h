#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

/// What the window shows before any connection: try the demo, or add a connection.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// Says why the last attempt (e.g. starting the demo) failed; empty hides it.
    void setProblem(const QString &text);

signals:
    void demoRequested();
    void addConnectionRequested();

private:
    QLabel *m_problem;
    QPushButton *m_demo;
    QPushButton *m_add;
};
