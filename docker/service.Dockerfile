# The image of one Spring Boot module of this repository; docker-compose.yml builds one per service:
#   ./mvnw -B -DskipTests package
#   docker build -f docker/service.Dockerfile --build-arg MODULE=intake-service -t casemgmt/intake-service .
# The jar is built outside (with the Maven Wrapper and the repository's pinned versions), so the image only runs it.
FROM eclipse-temurin:21-jre

ARG MODULE
RUN test -n "$MODULE" || { echo "pass --build-arg MODULE=<module>, e.g. intake-service" >&2; exit 1; }

# curl for the compose health checks on /actuator/health/readiness.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app casemgmt

WORKDIR /app
COPY ${MODULE}/target/${MODULE}.jar /app/app.jar
USER casemgmt

# The heap is a share of the container's memory limit (JAVA_TOOL_OPTIONS=-XX:MaxRAMPercentage=..., set by compose),
# so it follows mem_limit rather than the host's memory.
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
