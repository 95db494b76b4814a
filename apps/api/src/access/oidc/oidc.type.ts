import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The identity provider users can sign in with instead of a password (docs/single-sign-on.md).' })
export class SingleSignOnInfo {
  @Field(() => String, { description: "The provider's issuer URL." })
  issuer!: string;

  @Field(() => String, { description: 'What the sign-in button names, e.g. "NHS mail".' })
  name!: string;
}
