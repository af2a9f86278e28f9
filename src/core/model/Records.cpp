#include "core/model/Records.h"

#include <QCoreApplication>

namespace fcte {

QString Review::stateKey(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pendiente");
    case State::InProgress:
        return QStringLiteral("en_proceso");
    case State::Done:
        return QStringLiteral("cumplido");
    case State::NotDone:
        return QStringLiteral("no_cumplido");
    }
    return {};
}

std::optional<Review::State> Review::stateFromKey(const QString &key)
{
    for (State state : {State::Pending, State::InProgress, State::Done, State::NotDone}) {
        if (stateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

QString Review::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QCoreApplication::translate("Review", "Pendiente");
    case State::InProgress:
        return QCoreApplication::translate("Review", "En proceso");
    case State::Done:
        return QCoreApplication::translate("Review", "Cumplido");
    case State::NotDone:
        return QCoreApplication::translate("Review", "No cumplido");
    }
    return {};
}

QString Review::itemKey(Item item)
{
    return item == Item::Commitment ? QStringLiteral("commitment") : QStringLiteral("agreement");
}

} // namespace fcte
