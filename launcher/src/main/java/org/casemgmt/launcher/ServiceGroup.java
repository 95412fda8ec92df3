package org.casemgmt.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Child JVMs independent of each other (the services, their AOT cache trainings), so they stop together rather than
 * one grace period each.
 */
final class ServiceGroup implements Component {

    private final String name;
    private final List<ChildJvm> members = new CopyOnWriteArrayList<>();

    ServiceGroup(String name) {
        this.name = name;
    }

    void add(ChildJvm service) {
        members.add(service);
    }

    /** A member that died, started again in its place. */
    void replace(ChildJvm died, ChildJvm restarted) {
        members.replaceAll(member -> member == died ? restarted : member);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<String, Long> processIds() {
        Map<String, Long> pids = new LinkedHashMap<>();
        members.forEach(member -> pids.putAll(member.processIds()));
        return pids;
    }

    @Override
    public void stop() {
        members.forEach(ChildJvm::requestStop);
        members.forEach(ChildJvm::awaitStopped);
    }
}
