import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { hashToken } from "~/lib/crypto.server";
import { createOrgWithMember, createUser } from "~/test/factories";
import {
  acceptInvitation,
  changeRole,
  createInvitation,
  findOpenInvitation,
  listMembers,
  MembershipRuleError,
  removeMember,
  revokeInvitation,
} from "./members.server";

async function expectRule(promise: Promise<unknown>, code: MembershipRuleError["code"]) {
  await expect(promise).rejects.toSatisfy(
    (e: unknown) => e instanceof MembershipRuleError && e.code === code,
  );
}

describe("invitations", () => {
  it("queue their mail with the link in the same transaction, in the addressee's language", async () => {
    const { org, user: owner } = await createOrgWithMember("owner", "Mail & Co KG");
    const invitee = await createUser();
    await db.user.update({ where: { id: invitee.id }, data: { locale: "en" } });
    const { link } = await createInvitation({
      orgId: org.id,
      actorId: owner.id,
      email: invitee.email,
      role: "viewer",
      origin: "http://fahrplan.test",
    });
    expect(link).toMatch(/^http:\/\/fahrplan\.test\/invite\/[A-Za-z0-9_-]{43}$/);
    const mails = await db.outboxMail.findMany({
      where: { to: invitee.email },
      select: { orgId: true, kind: true, subject: true, text: true, status: true },
    });
    expect(mails).toEqual([
      expect.objectContaining({
        orgId: org.id,
        kind: "invitation",
        subject: "Invitation to Mail & Co KG on Fahrplan",
        status: "pending",
      }),
    ]);
    expect(mails[0]!.text).toContain(link);
  });

  it("are single-use and give the invited role to the addressee", async () => {
    const { org, user: owner } = await createOrgWithMember("owner");
    const invitee = await createUser();
    const { token } = await createInvitation({
      orgId: org.id,
      actorId: owner.id,
      email: invitee.email,
      role: "viewer",
      origin: "http://fahrplan.test",
    });
    expect(await findOpenInvitation(token)).not.toBeNull();

    await acceptInvitation({ token, userId: invitee.id });
    const membership = await db.membership.findFirst({
      where: { orgId: org.id, userId: invitee.id },
      select: { role: true },
    });
    expect(membership).toEqual({ role: "viewer" });
    expect(await findOpenInvitation(token)).toBeNull();
    await expectRule(acceptInvitation({ token, userId: invitee.id }), "invitation_invalid");
    const audit = await db.auditEvent.findMany({
      where: { orgId: org.id },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["create", "join"]));
  });

  it("cannot be accepted by another account, after expiry or after being withdrawn", async () => {
    const { org, user: owner } = await createOrgWithMember("owner");
    const invitee = await createUser();
    const stranger = await createUser();
    const first = await createInvitation({
      orgId: org.id,
      actorId: owner.id,
      email: invitee.email,
      role: "member",
      origin: "http://fahrplan.test",
    });
    await expectRule(acceptInvitation({ token: first.token, userId: stranger.id }), "wrong_email");

    await db.invitation.update({
      where: { tokenHash: hashToken(first.token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expectRule(
      acceptInvitation({ token: first.token, userId: invitee.id }),
      "invitation_invalid",
    );

    const second = await createInvitation({
      orgId: org.id,
      actorId: owner.id,
      email: invitee.email,
      role: "member",
      origin: "http://fahrplan.test",
    });
    await revokeInvitation({ orgId: org.id, actorId: owner.id, invitationId: second.invitationId });
    await expectRule(
      acceptInvitation({ token: second.token, userId: invitee.id }),
      "invitation_invalid",
    );
    expect(await db.membership.count({ where: { orgId: org.id, userId: invitee.id } })).toBe(0);
  });

  it("are refused for people who are already members", async () => {
    const { org, user: owner } = await createOrgWithMember("owner");
    await expectRule(
      createInvitation({
        orgId: org.id,
        actorId: owner.id,
        email: owner.email,
        role: "member",
        origin: "http://fahrplan.test",
      }),
      "already_member",
    );
    // Nothing written, so no mail either.
    expect(await db.outboxMail.count({ where: { to: owner.email } })).toBe(0);
  });

  it("of another organisation cannot be withdrawn", async () => {
    const { org, user: owner } = await createOrgWithMember("owner");
    const other = await createOrgWithMember("owner");
    const invitee = await createUser();
    const inv = await createInvitation({
      orgId: org.id,
      actorId: owner.id,
      email: invitee.email,
      role: "member",
      origin: "http://fahrplan.test",
    });
    await expectRule(
      revokeInvitation({
        orgId: other.org.id,
        actorId: other.user.id,
        invitationId: inv.invitationId,
      }),
      "not_found",
    );
    expect(await findOpenInvitation(inv.token)).not.toBeNull();
  });
});

describe("roles and the last owner", () => {
  it("the last owner can neither be demoted nor removed; with a second owner both work", async () => {
    const { org, user: owner } = await createOrgWithMember("owner");
    const [ownMembership] = await listMembers({ orgId: org.id });
    await expectRule(
      changeRole({
        orgId: org.id,
        actorId: owner.id,
        membershipId: ownMembership!.id,
        role: "manager",
        canApproveGates: false,
        version: 1,
      }),
      "last_owner",
    );
    await expectRule(
      removeMember({
        orgId: org.id,
        actorId: owner.id,
        membershipId: ownMembership!.id,
        version: 1,
      }),
      "last_owner",
    );

    const second = await createUser();
    await db.membership.create({ data: { orgId: org.id, userId: second.id, role: "owner" } });
    await changeRole({
      orgId: org.id,
      actorId: owner.id,
      membershipId: ownMembership!.id,
      role: "viewer",
      canApproveGates: true,
      version: 1,
    });
    const after = await db.membership.findUniqueOrThrow({
      where: { id: ownMembership!.id },
      select: { role: true, canApproveGates: true },
    });
    expect(after).toEqual({ role: "viewer", canApproveGates: true });
  });

  it("a member of another organisation cannot be changed or removed through this one", async () => {
    const a = await createOrgWithMember("owner");
    const b = await createOrgWithMember("member");
    const [bMembership] = await listMembers({ orgId: b.org.id });
    await expectRule(
      changeRole({
        orgId: a.org.id,
        actorId: a.user.id,
        membershipId: bMembership!.id,
        role: "owner",
        canApproveGates: false,
        version: 1,
      }),
      "not_found",
    );
    await expectRule(
      removeMember({
        orgId: a.org.id,
        actorId: a.user.id,
        membershipId: bMembership!.id,
        version: 1,
      }),
      "not_found",
    );
    expect(
      await db.membership.findUnique({ where: { id: bMembership!.id }, select: { role: true } }),
    ).toEqual({ role: "member" });
  });
});
