import type { Permission } from '../access/role.ts';
import type { Principal } from '../access/user.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth hook on every `/api/v1` route. */
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** The permission a route needs; routes without one are public (health, docs). */
    permission?: Permission;
  }
}

/** The principal of an authenticated route (the auth hook guarantees it is there). */
export function principalOf(request: { principal: Principal | null }): Principal {
  if (!request.principal) {
    throw new Error('principalOf called on a route without a permission');
  }
  return request.principal;
}
