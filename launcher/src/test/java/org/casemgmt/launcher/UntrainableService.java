package org.casemgmt.launcher;

/** Stands in for a service that starts, but whose AOT cache training run fails. */
public final class UntrainableService {

    static final String FAILURE = "APPLICATION FAILED TO START: not while training";

    private UntrainableService() {
    }

    public static void main(String[] args) throws Exception {
        if ("onRefresh".equals(System.getProperty("spring.context.exit"))) {
            System.out.println(FAILURE);
            System.exit(1);
        }
        FakeService.main(args);
    }
}
