// A view object's source set from QML (the store, the position service): the object stops
// listening to the old source and calls `slot` whenever one of `changes` fires on the new
// one. False when `next` already is the source (nothing to do).
#pragma once

#include <QObject>
#include <QPointer>

namespace kl {

template <typename Source, typename Owner, typename Slot, typename... Changes>
bool rebind(QPointer<Source> &current, Source *next, Owner *owner, Slot slot, Changes... changes)
{
    if (current == next) {
        return false;
    }
    if (current) {
        QObject::disconnect(current.data(), nullptr, owner, nullptr);
    }
    current = next;
    if (current) {
        (QObject::connect(current.data(), changes, owner, slot), ...);
    }
    return true;
}

} // namespace kl
