/**
 * Neo4j in a container through testcontainers, used by the tests when a Docker
 * engine answers. testcontainers is loaded only then, so machines without
 * Docker never touch it.
 */
import { existsSync } from 'node:fs';

export const neo4jImage = 'neo4j:5.26-community';

export interface ContainerNeo4j {
  uri: string;
  user: string;
  password: string;
  stop(): Promise<void>;
}

/** True when a Docker engine is configured and answers. */
export async function dockerAnswers(): Promise<boolean> {
  const configured =
    Boolean(process.env.DOCKER_HOST) ||
    existsSync('/var/run/docker.sock') ||
    existsSync(`${process.env.HOME ?? ''}/.docker/run/docker.sock`);
  if (!configured) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

export async function startNeo4jContainer(): Promise<ContainerNeo4j> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(neo4jImage).withPassword('silkgraph-test').start();
  return {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
    stop: async () => {
      await container.stop();
    },
  };
}
