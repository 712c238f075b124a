# syntax=docker/dockerfile:1
# Build stage: the same Maven wrapper and JDK 17 as on a developer machine.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
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
COPY --from=build /src/bot/target/regiotafel.jar /app/regiotafel.jar
RUN mkdir -p /app/data && chown -R regiotafel /app
USER regiotafel
VOLUME ["/app/data"]
ENV REGIOTAFEL_STORAGE_DATA_DIR=/app/data
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/regiotafel.jar"]
