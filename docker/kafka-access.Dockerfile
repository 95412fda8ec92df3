# docker compose's one-shot kafka-access: the launcher's KafkaAccessMain, which signs in to the broker as its admin,
# sets the users' SCRAM passwords, creates the topics and applies the access list derived from the event catalogue.
#   ./mvnw -B -DskipTests package      # builds launcher/target/launcher.jar and launcher/target/lib
FROM eclipse-temurin:21-jre

RUN useradd --system --uid 10001 --home-dir /app casemgmt

WORKDIR /app
COPY launcher/target/launcher.jar /app/launcher.jar
COPY launcher/target/lib /app/lib
USER casemgmt

ENTRYPOINT ["java", "-cp", "/app/launcher.jar:/app/lib/*", "org.casemgmt.launcher.KafkaAccessMain"]
