// Form rule words:invite: a form whose heading or submit invites someone ("Invite members", "Send
// invitation") takes the invitee's email: no newsletter, no account of the sender's.
import { describe, expect, it } from 'vitest';
import { INVITE_RULE } from '../../../src/core/classify/form-rules/invite.ts';
import { classifyForm, labelled, select } from './factory.ts';

const roles = ['Admin', 'Member', 'Billing viewer'];

describe('words:invite', () => {
  it('an email and a role list under invitation words is other, not a newsletter, in several languages', () => {
    for (const [heading, mail, role, button, lang] of [
      ['Invite your team', 'Email address of the member', 'Role', 'Send invitation', 'en'],
      ['Mitglieder einladen', 'E-Mail-Adresse', 'Rolle', 'Einladung senden', 'de'],
      ['Inviter des membres', 'Adresse e-mail', 'Rôle', 'Envoyer une invitation', 'fr'],
      ['Пригласить участников', 'Электронная почта', 'Роль', 'Отправить приглашение', 'ru'],
      ['멤버 초대', '이메일', '역할', '초대 보내기', 'ko'],
      ['邀请成员', '邮箱', '角色', '发送邀请', 'zh'],
      ['メンバーを招待', 'メールアドレス', '役割', '招待を送信', 'ja'],
    ]) {
      const form = classifyForm([labelled(mail!, { type: 'email' }), select(role!, roles)], { heading: heading!, buttons: [button!], submitButtons: 1 }, { lang: lang! });
      expect(form.kind, heading).toBe('other');
    }
  });

  it('without invitation words the same form stays a newsletter; with a password it is no invitation', () => {
    expect(classifyForm([labelled('Email', { type: 'email' })], { buttons: ['Subscribe'], submitButtons: 1 }).kind).toBe('newsletter');
    expect(INVITE_RULE.value({ passwords: 1, emails: 1, inviteNear: 0, ownCue: () => 6 } as unknown as Parameters<typeof INVITE_RULE.value>[0])).toBe(0);
    expect(INVITE_RULE.value({ passwords: 0, emails: 1, inviteNear: 0, ownCue: () => 6 } as unknown as Parameters<typeof INVITE_RULE.value>[0])).toBe(6);
    expect(INVITE_RULE.value({ passwords: 0, emails: 0, inviteNear: 0, ownCue: () => 6 } as unknown as Parameters<typeof INVITE_RULE.value>[0])).toBe(0);
  });
});
