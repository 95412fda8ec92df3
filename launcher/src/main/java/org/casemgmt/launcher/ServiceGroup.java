package org.casemgmt.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The stage services: independent of each other, so they stop together rather than one grace period each. */
final class ServiceGroup implements Component {

    private final List<ChildJvm> members = new CopyOnWriteArrayList<>();

    void add(ChildJvm service) {
        members.add(service);
    }

    @Override
    public String name() {
        return "services";
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
