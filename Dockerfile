# syntax=docker/dockerfile:1
# Build stage: the same Maven wrapper and JDK 17 as on a developer machine.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY domain/pom.xml domain/pom.xml
COPY commands/pom.xml commands/pom.xml
COPY storage/pom.xml storage/pom.xml
COPY bot/pom.xml bot/pom.xml
RUN ./mvnw -B -q dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN ./mvnw -B -q -DskipTests package

# Run stage: a JRE, a non-root user, no token baked in (pass DISCORD_TOKEN at run time).
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app regiotafel
WORKDIR /app
COPY --from=build /src/bot/target/lib /app/lib
COPY --from=build /src/bot/target/regiotafel.jar /app/regiotafel.jar
RUN mkdir -p /app/data && chown -R regiotafel /app
USER regiotafel
VOLUME ["/app/data"]
ENV REGIOTAFEL_STORAGE_DATA_DIR=/app/data
# The management port (health, readiness, Prometheus); it listens on 127.0.0.1 unless MANAGEMENT_SERVER_ADDRESS is set
EXPOSE 8081
# The meeting view (web pages); set REGIOTAFEL_WEB_ADDRESS=0.0.0.0 to reach it from outside the container
EXPOSE 8080
# No curl in the image: the jar itself asks the management port (it exits before Spring starts, in about half a second)
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx32m", "-jar", "/app/regiotafel.jar", "health", "readiness"]
# Spring Boot stops gracefully on SIGTERM (docker stop): give it longer than its 20 s shutdown phase
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/regiotafel.jar"]
