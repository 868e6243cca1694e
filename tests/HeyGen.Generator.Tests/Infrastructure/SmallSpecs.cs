namespace HeyGen.Generator.Tests.Infrastructure;

/// <summary>Tiny documents written in the tests for option, pipeline and diagnostic checks.</summary>
internal static class SmallSpecs
{
    public const string PetStore = """
        openapi: 3.1.0
        info:
          title: Pet Store
          version: 1.0.0
        servers:
          - url: https://pets.example.test
        security:
          - ApiKeyAuth: []
        paths:
          /pets/{pet_id}:
            get:
              tags: [Pets]
              operationId: getPet
              parameters:
                - name: pet_id
                  in: path
                  required: true
                  schema:
                    type: string
              responses:
                '200':
                  description: A pet.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Pet'
        components:
          securitySchemes:
            ApiKeyAuth:
              type: apiKey
              in: header
              name: X-Api-Key
          schemas:
            Pet:
              type: object
              properties:
                name:
                  type: string
                kind:
                  $ref: '#/components/schemas/PetKind'
                owner:
                  oneOf:
                    - $ref: '#/components/schemas/Person'
                    - $ref: '#/components/schemas/Shelter'
                  discriminator:
                    propertyName: type
              required: [name]
            PetKind:
              type: string
              enum: [dog, cat]
            Person:
              type: object
              properties:
                type:
                  type: string
                  const: person
              required: [type]
            Shelter:
              type: object
              properties:
                type:
                  type: string
                  const: shelter
              required: [type]
        """;
}
